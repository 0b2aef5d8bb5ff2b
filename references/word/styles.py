"""Paragraph styles and list numbering of a .docx, resolved once per document.

Word keeps a heading's level in its style (``Heading 1`` or a localized
``Заголовок 1`` / ``Тақырып 1``, or any style with ``w:outlineLvl``), or on
the paragraph itself. Styles inherit through ``w:basedOn``; the chain is
followed with a loop guard, never recursively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from references.word.ooxml import W_PPR, W_RPR, W_VAL, w

_HEADING_NAME = re.compile(
    r"^(?:heading|заголовок|тақырып|тaқырып|überschrift|titre|título|nagłówek)\s*(\d)$", re.IGNORECASE
)
_TOC_NAME = re.compile(r"^(?:toc|оглавление|мазмұн|table of contents|contents)\s*\d*$|^toc heading$", re.IGNORECASE)
_CAPTION_NAME = re.compile(r"^(?:caption|название объекта|атау|подпись)", re.IGNORECASE)
_LIST_NAME = re.compile(r"^(?:list|список|тізім)", re.IGNORECASE)
_TITLE_NAMES = {"title", "subtitle", "название", "заголовок", "тақырып"}


@dataclass(frozen=True, slots=True)
class StyleInfo:
    style_id: str
    name: str
    outline_level: int | None  # 0-based as in w:outlineLvl; None when not set
    num_id: str | None  # numbering through the style
    num_level: int
    bold: bool
    name_level: int | None  # level read from the name ("Heading 2" -> 2)
    is_toc: bool
    is_caption: bool
    is_title: bool


class Styles:
    def __init__(self, styles_root: etree._Element | None, numbering_root: etree._Element | None) -> None:
        self._raw: dict[str, etree._Element] = {}
        self.default_paragraph: str | None = None
        if styles_root is not None:
            for style in styles_root.iter(w("style")):
                if style.get(w("type")) != "paragraph":
                    continue
                sid = style.get(w("styleId"), "")
                self._raw[sid] = style
                if style.get(w("default")) in ("1", "true", "on"):
                    self.default_paragraph = sid
        self._resolved: dict[str, StyleInfo] = {}
        self._bullet_lists = _bullet_lists(numbering_root)

    def info(self, style_id: str | None) -> StyleInfo | None:
        sid = style_id or self.default_paragraph
        if sid is None or sid not in self._raw:
            return None
        if sid not in self._resolved:
            self._resolved[sid] = self._resolve(sid)
        return self._resolved[sid]

    def is_bullet(self, num_id: str | None, level: int) -> bool:
        return (num_id, level) in self._bullet_lists or (num_id, -1) in self._bullet_lists

    def _resolve(self, sid: str) -> StyleInfo:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        current: str | None = sid
        while current and current in self._raw and current not in seen and len(chain) < 50:
            seen.add(current)
            style = self._raw[current]
            chain.append(style)
            based = style.find(w("basedOn"))
            current = based.get(W_VAL) if based is not None else None
        outline = num_id = None
        num_level = 0
        bold = None
        for style in chain:  # nearest first
            ppr = style.find(W_PPR)
            if ppr is not None:
                if outline is None:
                    lvl = ppr.find(w("outlineLvl"))
                    if lvl is not None and (lvl.get(W_VAL) or "").isdigit():
                        outline = int(lvl.get(W_VAL))
                if num_id is None:
                    num = ppr.find(w("numPr"))
                    if num is not None:
                        nid = num.find(w("numId"))
                        ilvl = num.find(w("ilvl"))
                        num_id = nid.get(W_VAL) if nid is not None else None
                        num_level = int(ilvl.get(W_VAL)) if ilvl is not None and (ilvl.get(W_VAL) or "").isdigit() else 0
            rpr = style.find(W_RPR)
            if bold is None and rpr is not None and rpr.find(w("b")) is not None:
                bold = rpr.find(w("b")).get(W_VAL, "true") not in ("0", "false", "off")
        names = [_name(s) for s in chain]
        name_level = None
        for name in names:
            match = _HEADING_NAME.match(name.strip())
            if match:
                name_level = int(match.group(1))
                break
        own = names[0] if names else sid
        return StyleInfo(
            style_id=sid,
            name=own,
            outline_level=outline,
            num_id=num_id if num_id not in (None, "0") else None,
            num_level=num_level,
            bold=bool(bold),
            name_level=name_level,
            is_toc=any(_TOC_NAME.match(n.strip()) for n in names[:1]) or sid.lower().startswith("toc"),
            is_caption=any(_CAPTION_NAME.match(n.strip()) for n in names),
            is_title=own.strip().lower() in _TITLE_NAMES,
        )


def _name(style: etree._Element) -> str:
    name = style.find(w("name"))
    return (name.get(W_VAL) if name is not None else None) or style.get(w("styleId"), "")


def _bullet_lists(numbering: etree._Element | None) -> set[tuple[str | None, int]]:
    """(numId, level) pairs whose number format is a bullet."""
    if numbering is None:
        return set()
    abstract_bullets: dict[str, set[int]] = {}
    for abstract in numbering.iter(w("abstractNum")):
        levels = set()
        for lvl in abstract.iter(w("lvl")):
            fmt = lvl.find(w("numFmt"))
            if fmt is not None and fmt.get(W_VAL) == "bullet":
                levels.add(int(lvl.get(w("ilvl"), "0")) if (lvl.get(w("ilvl")) or "0").isdigit() else 0)
        abstract_bullets[abstract.get(w("abstractNumId"), "")] = levels
    out: set[tuple[str | None, int]] = set()
    for num in numbering.iter(w("num")):
        ref = num.find(w("abstractNumId"))
        levels = abstract_bullets.get(ref.get(W_VAL, "") if ref is not None else "", set())
        out.update((num.get(w("numId")), level) for level in levels)
    return out


def is_list_style_name(name: str) -> bool:
    return bool(_LIST_NAME.match(name.strip()))
