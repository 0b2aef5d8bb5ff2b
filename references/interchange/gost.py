"""A reference list by GOST R 7.0.100-2018, as Kazakh and Russian dissertation councils check it.

The published CSL style implements GOST R 7.0.5-2008 and cannot do what
the 2018 standard asks (areas separated by ". — ", the statement of
responsibility after " / ", terms in each entry's own language, thesis
types as words), so the list is made here, area by area:

    Иванов, И. И. История Казахстана : учебник / И. И. Иванов, П. П. Петров. —
    2-е изд. — Алматы : Наука, 2010. — 320 с. — (Серия ; 5).

- Heading: the first author, "Фамилия, И. О." (initials with spaces), when
  there are one to three authors; with four or more the description
  starts with the title and the statement lists the first three and
  "[и др.]" (GOST R 7.0.100-2018, 5.2 and 5.3.6).
- Title area: title ": " subtitle/other title information; "[Электронный
  ресурс]" for an online source; " / " the authors as "И. О. Фамилия" and
  the editors, translators, compilers after their role word.
- Then ". — " edition, ". — " "Город : Издательство, Год", ". — " extent
  ("320 с." from ``pagetotal`` or ``numpages``), ". — (" series ")".
- A component part (article, chapter, paper): its own description, "//"
  the host (journal; book with its editors, place, publisher), then the
  host's year, volume and issue, and "С. 12–20".
- Online: ". — URL: ... (дата обращения: 15.03.2023)".
- Theses and author's abstracts: "диссертация на соискание ученой степени
  кандидата наук", "автореферат диссертации ..." from the entry type and
  biblatex-gost's ``type`` values (candthesis, docthesis, candauth,
  docauth, phdthesis, phdautoref, mathesis...); a ``type`` written in words
  is used as written.

Terms follow each entry's language (``langid``/``language``, else its
script): Russian, Kazakh or English ("320 p.", "P. 12–20", "[et al.]",
"Vol.", "No.", "[Electronic resource]", "accessed").
"""

from __future__ import annotations

import html as html_module
import re
from collections.abc import Sequence
from dataclasses import dataclass

from references.bibtex.latex import readable_math
from references.formats import EntryRecord
from references.formats.names import PersonName, parse_names

_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_RANGE = re.compile(r"\s*(?:--|-|–|—)\s*")
_DASH = ". — "
# The general material designation of GOST 7.1-2003, as files write it into titles
_OLD_MARK = re.compile(r"\s*\[(?:Электронный ресурс|Электрондық ресурс|Electronic resource)\]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Terms:
    pages: str  # "320 с."
    page_range: str  # "С. 12–20"
    volume: str
    issue: str
    et_al: str
    electronic: str
    accessed: str
    editor: str
    editors: str
    translator: str
    compiler: str
    volumes: str  # "в 5 т."
    no_place: str
    no_publisher: str
    thesis: dict[str, str]
    edition: str
    printed: str = "Текст : непосредственный"  # the area of content type and means of access (GOST R 7.0.100-2018, 4.1.2)
    online: str = "Текст : электронный"
    months: tuple[str, ...] = ("янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек.")


_THESIS_RU = {
    "candthesis": "диссертация на соискание ученой степени кандидата наук",
    "docthesis": "диссертация на соискание ученой степени доктора наук",
    "phdthesis": "диссертация на соискание степени доктора философии (PhD)",
    "candauth": "автореферат диссертации на соискание ученой степени кандидата наук",
    "docauth": "автореферат диссертации на соискание ученой степени доктора наук",
    "phdautoref": "автореферат диссертации на соискание ученой степени кандидата наук",  # biblatex-gost: "автореф. дис. ... канд."
    "docautoref": "автореферат диссертации на соискание ученой степени доктора наук",
    "autoref": "автореферат диссертации",
    "mathesis": "магистерская диссертация",
    "mastersthesis": "магистерская диссертация",
    "thesis": "диссертация",
}
_THESIS_KK = {
    "candthesis": "ғылым кандидаты ғылыми дәрежесін алу үшін дайындалған диссертация",
    "docthesis": "ғылым докторы ғылыми дәрежесін алу үшін дайындалған диссертация",
    "phdthesis": "философия докторы (PhD) дәрежесін алу үшін дайындалған диссертация",
    "candauth": "ғылым кандидаты ғылыми дәрежесін алу үшін дайындалған диссертацияның авторефераты",
    "docauth": "ғылым докторы ғылыми дәрежесін алу үшін дайындалған диссертацияның авторефераты",
    "phdautoref": "ғылым кандидаты ғылыми дәрежесін алу үшін дайындалған диссертацияның авторефераты",
    "docautoref": "ғылым докторы ғылыми дәрежесін алу үшін дайындалған диссертацияның авторефераты",
    "autoref": "диссертацияның авторефераты",
    "mathesis": "магистрлік диссертация",
    "mastersthesis": "магистрлік диссертация",
    "thesis": "диссертация",
}
_THESIS_EN = {
    "candthesis": "Candidate of Sciences dissertation",
    "docthesis": "Doctor of Sciences dissertation",
    "phdthesis": "PhD thesis",
    "candauth": "abstract of a Candidate of Sciences dissertation",
    "docauth": "abstract of a Doctor of Sciences dissertation",
    "phdautoref": "abstract of a Candidate of Sciences dissertation",
    "docautoref": "abstract of a Doctor of Sciences dissertation",
    "autoref": "abstract of a dissertation",
    "mathesis": "Master's thesis",
    "mastersthesis": "Master's thesis",
    "thesis": "thesis",
}

TERMS = {
    "ru": Terms("с.", "С.", "Т.", "№", "[и др.]", "[Электронный ресурс]", "дата обращения", "редактор", "редакторы",
                "перевод", "составитель", "т.", "[б. м.]", "[б. и.]", _THESIS_RU, "изд."),
    "kk": Terms("б.", "Б.", "Т.", "№", "[және т.б.]", "[Электрондық ресурс]", "қаралған күні", "редактор", "редакторлар",
                "аударма", "құрастырушы", "т.", "[б. о.]", "[б. б.]", _THESIS_KK, "бас.", "Мәтін : тікелей", "Мәтін : электрондық",
                ("қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел.")),
    "en": Terms("p.", "P.", "Vol.", "No.", "[et al.]", "[Electronic resource]", "accessed", "editor", "editors",
                "translated by", "compiler", "vols.", "[S. l.]", "[s. n.]", _THESIS_EN, "ed.", "Text : unmediated", "Text : electronic",
                ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")),
}
_LANGUAGE_NAMES = {
    "russian": "ru", "ru": "ru", "rus": "ru", "русский": "ru",
    "kazakh": "kk", "kk": "kk", "kaz": "kk", "казахский": "kk", "қазақ": "kk", "қазақша": "kk",
    "english": "en", "en": "en", "eng": "en", "american": "en", "british": "en",
}
_COMPONENTS = {"article", "inbook", "incollection", "inproceedings", "inreference", "bookinbook", "suppbook",
               "suppcollection", "suppperiodical", "conference"}
_THESES = {"phdthesis", "mastersthesis", "thesis"}
_SPECIALITY = {"ru": "специальность", "kk": "мамандығы", "en": "speciality"}
_ONLINE = {"online", "electronic", "www"}


def language_of(record: EntryRecord) -> str:
    """ru, kk or en: the entry's declared language, else its title's script."""
    for name in ("langid", "language", "hyphenation"):
        declared = (record.fields.get(name) or "").strip().lower()
        if declared in _LANGUAGE_NAMES:
            return _LANGUAGE_NAMES[declared]
    text = " ".join(record.fields.get(name, "") for name in ("title", "author", "journal", "journaltitle", "booktitle"))
    if _KAZAKH_LETTERS.search(text):
        return "kk"
    if _CYRILLIC.search(text):
        return "ru"
    return "en"


def initials(given: str) -> str:
    """'Иван Иванович' / 'И.И.' -> 'И. И.'; 'Касым-Жомарт' -> 'К.-Ж.'."""
    parts: list[str] = []
    for word in re.split(r"[\s.]+", given.strip()):
        if not word:
            continue
        pieces = [piece for piece in word.split("-") if piece]
        if not pieces:
            continue
        parts.append("-".join(piece[0] + "." for piece in pieces))
    return " ".join(parts)


def heading_name(name: PersonName) -> str:
    """'Иванов, И. И.' (the heading of a description)."""
    if name.literal:
        return name.literal
    first = initials(name.given)
    family = name.family_with_particle + (f", {name.suffix}" if name.suffix else "")
    return f"{family}, {first}" if first else family


def statement_name(name: PersonName) -> str:
    """'И. И. Иванов' (in the statement of responsibility)."""
    if name.literal:
        return name.literal
    first = initials(name.given)
    family = name.family_with_particle
    return f"{first} {family}" if first else family


@dataclass
class _Entry:
    record: EntryRecord
    terms: Terms
    language: str
    full: bool = False  # the standard's whole description: content type area, ISBN, notes (``describe``)

    def get(self, *names: str) -> str:
        for name in names:
            value = self.record.get(name)
            if value:
                return readable_math(" ".join(value.split()))  # "Cu$_2$O" is "Cu₂O" in a list
        return ""


def format_gost(
    records: Sequence[EntryRecord], output: str = "text", language: str | None = None, *, full: bool = False
) -> list[str]:
    """One line per record, numbered by the thesis's numbers (then in the given order);
    ``language`` (kk, ru, en) sets the terms of every entry instead of each entry's own;
    ``full``: the standard's whole description (see ``describe``)."""
    numbered = sorted((r for r in records if r.number is not None), key=lambda r: r.number or 0)
    rest = [r for r in records if r.number is None]
    out: list[str] = []
    next_number = (numbered[-1].number or 0) + 1 if numbered else 1
    for record in [*numbered, *rest]:
        number = record.number
        if number is None:
            number, next_number = next_number, next_number + 1
        text = describe(record, language, full=full)
        if output == "html":
            text = html_module.escape(text, quote=False)
        out.append(f"{number}. {text}")
    return out


def describe(record: EntryRecord, language: str | None = None, *, full: bool = False) -> str:
    """The description of one record (without its number).

    By default an online source is marked "[Электронный ресурс]" after its
    title, as dissertation councils still ask. ``full`` gives the description
    as GOST R 7.0.100-2018 prints it in its examples: the area of content
    type and means of access ("— Текст : непосредственный", "— Текст :
    электронный", before "//" in a component part) instead of that mark,
    the ISBN and the notes."""
    language = language if language in TERMS else language_of(record)
    entry = _Entry(record, TERMS[language], language, full)
    kind = record.entry_type.lower()
    authors = [n for n in parse_names(record.get("author")) if not _is_others(n)]
    others = any(_is_others(n) for n in parse_names(record.get("author")))
    # GOST R 7.0.100-2018: a heading names one to three persons; a body (organisation) is no heading;
    # biblatex-gost's ``heading`` field gives one of its own ("Российская Федерация. Законы", a standard's number)
    written_heading = entry.get("heading")
    if written_heading:
        heading = written_heading if written_heading.endswith(".") else written_heading + "."
    else:
        heading = heading_name(authors[0]) if 1 <= len(authors) <= 3 and not others and not authors[0].literal else ""
    own_title = _title_area(entry, kind, authors, others, component=kind in _COMPONENTS)
    parts = [f"{heading} {own_title}" if heading else own_title]
    online = bool(entry.get("url")) or kind in _ONLINE or _OLD_MARK.search(entry.get("title") + " " + entry.get("howpublished")) is not None
    if full:  # GOST 7.1-2003's "[Электронный ресурс]" written into a title gives way to the content type area
        parts[0] = _OLD_MARK.sub("", parts[0])
    if kind in _COMPONENTS:
        if full:
            parts[0] += _DASH + (entry.terms.online if online else entry.terms.printed)
        parts[0] += " // " + _host(entry, kind)
    else:
        parts.extend(_publication_areas(entry, kind))
    if full:
        parts.extend(_notes(entry))
    parts.extend(_online_areas(entry, kind))
    if full and kind not in _COMPONENTS:
        parts.append(entry.terms.online if online else entry.terms.printed)
    # babel's Russian shorthands for guillemets, as biblatex-gost's files write them
    return _final_stop(_join(parts)).replace("<<", "«").replace(">>", "»")


def _title_area(entry: _Entry, kind: str, authors: list[PersonName], others: bool, *, component: bool) -> str:
    terms = entry.terms
    title = entry.get("title") or "[" + (entry.record.key or "?") + "]"
    if not entry.full and (kind in _ONLINE or (entry.get("url") and kind in ("misc", "legislation"))):
        title += " " + terms.electronic  # the general material designation follows the title proper
    subtitle = entry.get("subtitle")
    text = title + (f" : {subtitle}" if subtitle else "")
    volumes = entry.get("volumes")
    in_volumes = (f"в {volumes} {terms.volumes}" if entry.language == "ru" else f"{volumes} {terms.volumes}") if volumes else ""
    maintitle, volume = entry.get("maintitle"), entry.get("volume")
    if maintitle and volume and not component:  # one volume of a multi-volume work
        head = maintitle + (f" : {in_volumes}" if in_volumes else "")
        text = head + ("" if head.endswith(".") else ".") + f" {terms.volume} {volume} : {text}"
    elif in_volumes and kind in ("mvbook", "book", "mvcollection", "collection") and not volume:
        text += f" : {in_volumes}"
    if kind in _THESES or entry.get("type").lower() in terms.thesis:
        code = entry.get("specialitycode", "majorcode")
        if code:  # biblatex-gost's speciality fields: "специальность 14.00.33 «...»" before the kind of work
            speciality = entry.get("speciality")
            text += f" : {_SPECIALITY[entry.language]} {code}" + (f" «{speciality}»" if speciality else "")
        text += " : " + _thesis_words(entry, kind)
    elif entry.get("type") and kind in ("techreport", "report", "manual", "misc", "legislation", "online"):
        text += " : " + entry.get("type")
    addon = entry.get("titleaddon")
    if addon:  # more other title information ("[принят Государственной думой ...]")
        text += " : " + addon
    statement = _responsibility(entry, authors, others, kind)
    if statement:
        text += " / " + statement
    return text


def _thesis_words(entry: _Entry, kind: str) -> str:
    written = entry.get("type")
    key = written.lower()
    if key in entry.terms.thesis:
        words = entry.terms.thesis[key]
        science = entry.get("science", "major")  # biblatex-gost: "мед. наук" after "канд."
        if science and entry.language == "ru" and words.endswith(" наук"):
            words = words[: -len("наук")] + science
        return words
    if written:
        return written  # "дис. ... канд. полит. наук" as the author wrote it
    return entry.terms.thesis.get(kind, entry.terms.thesis["thesis"])


def _responsibility(entry: _Entry, authors: list[PersonName], others: bool, kind: str) -> str:
    terms = entry.terms
    parts: list[str] = []
    if authors:
        shown = authors[:3]
        if kind in _THESES:  # the standard's thesis examples: "/ Вишняков Илья Владимирович"
            names = ", ".join(n.literal or f"{n.family_with_particle} {n.given}".strip() for n in shown)
        else:
            names = ", ".join(statement_name(n) for n in shown)
        if len(authors) > 3 or others:
            names += " " + terms.et_al
        parts.append(names)
    if kind not in _COMPONENTS:
        parts.extend(_role_statements(entry))
    if kind in _THESES and entry.get("school", "institution"):
        parts.append(entry.get("school", "institution"))
    return " ; ".join(parts)


def _role_statements(entry: _Entry) -> list[str]:
    terms = entry.terms
    statements: list[str] = []
    for field, one, many in (("editor", terms.editor, terms.editors), ("translator", terms.translator, terms.translator),
                             ("compiler", terms.compiler, terms.compiler)):
        names = [n for n in parse_names(entry.record.get(field)) if not _is_others(n)]
        if not names:
            continue
        listing = ", ".join(statement_name(n) for n in names[:3]) + (f" {terms.et_al}" if len(names) > 3 else "")
        statements.append(f"{one} {listing}" if len(names) == 1 else f"{many} : {listing}")
    return statements


def _publication_areas(entry: _Entry, kind: str) -> list[str]:
    terms = entry.terms
    areas: list[str] = []
    edition = entry.get("edition")
    if edition:
        areas.append(f"{edition}-е {terms.edition}" if edition.isdigit() and entry.language == "ru"
                     else f"{edition}-{terms.edition}" if edition.isdigit() and entry.language == "kk"
                     else f"{_ordinal_en(edition)} {terms.edition}" if edition.isdigit() else edition)
    volume = entry.get("volume")
    maintitle = entry.get("maintitle")
    imprint = _imprint(entry, kind)
    if imprint:
        areas.append(imprint)
    if volume and not maintitle and kind not in ("article",):
        areas.append(f"{terms.volume} {volume}")
    extent = entry.get("pagetotal", "numpages")
    if extent:
        areas.append(f"{extent} {terms.pages}" if extent.isdigit() else extent)
    series = entry.get("series")
    if series:
        number = entry.get("number") if kind not in ("article", "techreport", "report") else ""
        areas.append(f"({series}" + (f" ; {number})" if number else ")"))
    elif kind in ("techreport", "report") and entry.get("number"):
        areas.append(f"{terms.issue} {entry.get('number')}")
    if entry.full and entry.get("isbn"):
        areas.append("ISBN " + entry.get("isbn"))
    return areas


def _notes(entry: _Entry) -> list[str]:
    """The area of notes (the ``note`` field; biblatex-gost's ``addendum``)."""
    return [note for note in (entry.get("note"), entry.get("addendum")) if note]


def _imprint(entry: _Entry, kind: str) -> str:
    terms = entry.terms
    places = _list_items(entry.get("address", "location"))
    publishers = _list_items(entry.get("publisher")) if kind not in _THESES else []  # a thesis names its school after " / "
    year = _year(entry)
    if not (places or publishers or year):
        return ""
    if kind in ("misc", "legislation", "online") and not (places or publishers):
        return year
    if len(places) > 1 and len(places) == len(publishers):
        # biblatex's location = {Москва and Санкт-Петербург}, publisher = {Проспект and Кодекс}
        text = " ; ".join(f"{place} : {publisher}" for place, publisher in zip(places, publishers, strict=True))
    else:
        text = " ; ".join(places) or (terms.no_place if publishers else "")
        if publishers:
            text += " : " + " : ".join(publishers)
    if year:
        text += f", {year}" if text else year
    return text


def _list_items(value: str) -> list[str]:
    """The items of a biblatex list field ("A and B"; braces keep an "and" inside a name)."""
    return [item.strip() for item in re.split(r"\s+and\s+", value) if item.strip()] if value else []


def _host(entry: _Entry, kind: str) -> str:
    terms = entry.terms
    if kind == "article" or kind == "suppperiodical":
        journal = entry.get("journal", "journaltitle")
        journal_sub = entry.get("journalsubtitle")
        parts = [(journal or "[" + terms.no_publisher.strip("[]") + "]") + (f" : {journal_sub}" if journal_sub else "")]
        year = _year(entry)
        if year:
            parts.append(year)
        day = _day_and_month(entry)
        if day:
            parts.append(day)  # a newspaper's issue: "— 2018. — 2 февр."
        volume, number = entry.get("volume"), entry.get("number", "issue")
        numbering = ", ".join(p for p in (f"{terms.volume} {volume}" if volume else "", f"{terms.issue} {number}" if number else "") if p)
        if numbering:
            parts.append(numbering)
        pages = _pages(entry)
        if pages:
            parts.append(pages)
        return _join(parts)
    host = entry.get("booktitle") or entry.get("maintitle") or entry.get("eventtitle")
    host_sub = entry.get("booksubtitle")
    text = (host or "") + (f" : {host_sub}" if host_sub else "")
    volume = entry.get("volume")
    if volume and entry.get("maintitle") and host and host != entry.get("maintitle"):
        text = f"{entry.get('maintitle')}. {terms.volume} {volume} : {text}"
        volume = ""
    roles = _role_statements(entry)
    bookauthors = [n for n in parse_names(entry.record.get("bookauthor")) if not _is_others(n)]
    if bookauthors:
        roles.insert(0, ", ".join(statement_name(n) for n in bookauthors[:3]))
    if roles:
        text += " / " + " ; ".join(roles)
    parts = [text]
    imprint = _imprint(entry, kind)
    if imprint:
        parts.append(imprint)
    if volume:
        parts.append(f"{terms.volume} {volume}")
    pages = _pages(entry)
    if pages:
        parts.append(pages)
    return _join(parts)


def _online_areas(entry: _Entry, kind: str) -> list[str]:
    url = entry.get("url")
    if not url:
        return []
    accessed = _date_ddmmyyyy(entry.get("urldate"))
    text = f"URL: {url}"
    if accessed:
        text += f" ({entry.terms.accessed}: {accessed})"
    return [text]


def _pages(entry: _Entry) -> str:
    pages = entry.get("pages")
    if not pages:
        return ""
    pages = _RANGE.sub("–", pages)
    # an abbreviated range as PubMed and EndNote write it ("1204-22") is given whole: "1204–1222"
    match = re.fullmatch(r"(\d+)–(\d+)", pages)
    if match and len(match.group(2)) < len(match.group(1)):
        first, last = match.groups()
        whole = first[: len(first) - len(last)] + last
        if int(whole) > int(first):
            pages = f"{first}–{whole}"
    return f"{entry.terms.page_range} {pages}"


def _year(entry: _Entry) -> str:
    year = entry.get("year")
    if year:
        return year
    date = entry.get("date")
    match = re.match(r"\d{4}", date)
    return match.group() if match else ""


def _day_and_month(entry: _Entry) -> str:
    match = re.match(r"^\d{4}-(\d{1,2})-(\d{1,2})$", entry.get("date"))
    if not match:
        return ""
    month, day = int(match.group(1)), int(match.group(2))
    return f"{day} {entry.terms.months[month - 1]}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def _date_ddmmyyyy(text: str) -> str:
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text or "")
    if match:
        year, month, day = match.groups()
        return f"{int(day):02d}.{int(month):02d}.{year}"
    return text or ""


def _ordinal_en(number: str) -> str:
    value = int(number)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _is_others(name: PersonName) -> bool:
    return (name.literal or name.family).strip().lower() == "others"


def _join(parts: Sequence[str]) -> str:
    """Areas joined by ". — "; after an area that ends with an abbreviation's full stop, " — "."""
    text = ""
    for part in parts:
        if not part:
            continue
        if text:
            text += " — " if text.endswith(".") else _DASH
        text += part
    return text


def _final_stop(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "?", "!")) else text + "."


__all__ = ["TERMS", "describe", "format_gost", "heading_name", "initials", "language_of", "statement_name"]
