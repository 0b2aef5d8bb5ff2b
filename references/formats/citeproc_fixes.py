"""Where citeproc-py 0.11 falls short on the shipped styles, and the repairs.

Each repair is narrow and named after the gap it fills:

* ``second-field-align`` is ignored, so GOST's number touches the text
  (``1.Бжезинский``); ``space_after_number`` puts the space back.
* A variable used as a substitute inside a macro is not suppressed later,
  so an APA entry with no author repeats its title (``Title. (n.d.).
  Title.``, where CSL gives ``Title. (n.d.).``);
  ``drop_repeated_substitute_title`` removes the second copy.
* ``text-case="title"`` is applied to every item without a ``language``,
  so Kazakh and Russian titles come out Title Cased (``Ата Заңы``);
  ``language_for_casing`` gives such items a language, which citeproc-py
  honours by leaving their case alone.
* An item with neither a name nor a title renders as ``5.`` or
  ``(n.d.).``; ``placeholder_title`` shows its key instead.
* The HTML formatter escapes terms but not the text of variables, so a
  title ``War & <Peace>`` would come out as markup; ``escape_variables``
  escapes the item's text before citeproc-py sees it.
* Anything citeproc-py cannot render at all (it raises) gets
  ``fallback_entry``: names, title, container, place: publisher, year.
"""

from __future__ import annotations

import html
import re

from references.formats.names import parse_names
from references.formats.record import EntryRecord

_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІə")  # ə: the Latin look-alike in PDF text
_LANGUAGE_CODES = {
    "english": "en", "american": "en", "british": "en", "russian": "ru",
    "kazakh": "kk", "german": "de", "ngerman": "de", "french": "fr",
    "turkish": "tr", "ukrainian": "uk", "chinese": "zh",
}
_APA_REPEAT = re.compile(r"^(?P<s>.+?)\. \((?P<d>[^()]*)\)\. (?P=s)(?P<rest>[ .].*)$", re.DOTALL)


def escape_variables(item: dict[str, object]) -> dict[str, object]:
    """The item with its text HTML-escaped, for the HTML formatter only.

    ``page`` keeps its ``&``: citeproc-py splits page lists at ``&`` and
    escapes the ``&`` it puts back itself.
    """

    def escape(value: object, keep_ampersand: bool = False) -> object:
        if isinstance(value, str):
            if keep_ampersand:
                return value.replace("<", "&lt;").replace(">", "&gt;")
            return html.escape(value, quote=False)
        if isinstance(value, list):
            return [escape(v) for v in value]
        if isinstance(value, dict):
            return {k: escape(v) for k, v in value.items()}
        return value

    return {
        key: value if key in ("id", "type", "language") else escape(value, key == "page")
        for key, value in item.items()
    }


def space_after_number(entry: str, number: int) -> str:
    prefix = f"{number}."
    if entry.startswith(prefix):
        return f"{prefix} {entry[len(prefix):].lstrip()}"
    return entry


def drop_repeated_substitute_title(entry: str) -> str:
    """``T. (d). T rest`` -> ``T. (d). rest`` (``T. (d).`` when nothing follows)."""
    match = _APA_REPEAT.match(entry)
    if not match:
        return entry
    rest = match["rest"]
    tail = f". {rest[1:]}" if rest.startswith(" ") else rest
    return f"{match['s']}. ({match['d']}){tail}"


def language_for_casing(language: str | None, *texts: str | None) -> str | None:
    """An ISO code for the record's ``language``, else a guess from its script.

    The guess is only used to keep English title-casing off non-English
    titles; it is never exported.
    """
    if language:
        code = language.strip().lower()
        return _LANGUAGE_CODES.get(code, code)
    text = " ".join(t for t in texts if t)
    if any(ch in _KAZAKH_LETTERS for ch in text):
        return "kk"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    return None


def placeholder_title(record: EntryRecord) -> str:
    return f"[{record.key}]"


def fallback_entry(record: EntryRecord, number: int | None, as_html: bool) -> str:
    """A plain ``Names. Title. Container. Place: Publisher, Year.`` line."""
    names = ", ".join(
        n.literal or " ".join(p for p in (n.family_with_particle, n.given) if p)
        for n in parse_names(record.get("author") or record.get("editor"))
    )
    imprint = ": ".join(p for p in (record.get("address"), record.get("publisher")) if p)
    year = record.first("year", "date")
    imprint = ", ".join(p for p in (imprint, year) if p)
    parts = [names, record.get("title"), record.first("journal", "booktitle"), imprint]
    text = ". ".join(p.rstrip(".") for p in parts if p) or placeholder_title(record)
    text = f"{text}."
    if number is not None:
        text = f"{number}. {text}"
    return html.escape(text, quote=False) if as_html else text
