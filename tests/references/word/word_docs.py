"""Word theses for the tests, built with python-docx (and raw OOXML where it has no API).

``build_thesis`` writes a varied, realistic Kazakh thesis: a title page, a
table of contents field, headings by style (or, with ``direct=True``, by
bold direct formatting only), paragraphs with markers and page locators,
bold/italic/superscript runs, a table with its caption, a footnote with a
marker, bulleted and numbered lists, a header and a footer, an image, a
bookmark, Word comments with a reply and a resolved one, and a reference
list (GOST entries in Kazakh, Russian and English, and APA) numbered by
Word or by typed prefixes.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"

GOST_KK = [
    "Назарбаев Н.Ә. Қазақстан жолы. – Астана: Елорда, 2006. – 372 б.",
    "Тоқаев Қ.Қ. Жаһандану жағдайындағы Қазақстанның сыртқы саясаты // ҚазҰУ Хабаршысы. Халықаралық қатынастар сериясы. – 2019. – Т. 5, № 2. – Б. 10–20.",
    "Қазақстан Республикасының Конституциясы [Электрондық ресурс]. – URL: https://adilet.zan.kz/kaz/docs/K950001000_ (қаралған күні: 12.03.2023).",
    "Иванов, И. И. Внешняя политика Казахстана / И. И. Иванов, П. П. Петров. – Москва : Наука, 2019. – 256 с.",
    "Laruelle M., Peyrouse S. The Chinese question in Central Asia // Central Asian Survey. – 2012. – Vol. 31, No. 4. – P. 520–538.",
    "Cooley, A., & Heathershaw, J. (2017). Dictators without borders: Power and money in Central Asia. Yale University Press.",
    "Сыртқы істер министрлігінің мұрағаты, 2021 жылғы есеп (қолжазба)",
]


@dataclass(frozen=True)
class ThesisSpec:
    direct: bool = False  # headings by bold direct formatting instead of styles
    word_numbered_list: bool = False  # the reference list is a Word numbered list
    comments: bool = True
    footnote: bool = True
    image: bool = True
    numbered_headings: bool = False  # Word numbers the headings (a list linked to the heading styles)
    first_marker: str = "[1]"  # the thesis's first marker ("[6]" makes renumbering change every number)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(4))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def build_thesis(path: Path, spec: ThesisSpec = ThesisSpec()) -> Path:
    doc = Document()
    section = doc.sections[0]
    section.left_margin = Cm(3)
    section.header.paragraphs[0].text = "Әл-Фараби атындағы ҚазҰУ"
    section.footer.paragraphs[0].text = "Алматы, 2024"
    doc.add_paragraph("Қазақстанның көпвекторлы сыртқы саясаты", style="Title")
    doc.add_paragraph("PhD дәрежесін алу үшін дайындалған диссертация")
    _toc(doc)

    heading = _heading_maker(doc, spec.direct, spec.numbered_headings)
    heading("КІРІСПЕ", 1)
    intro = doc.add_paragraph("Тақырыптың өзектілігі. Қазақстанның сыртқы саясаты көпвекторлы сипатта қалыптасты " + spec.first_marker + ". ")
    bold = intro.add_run("Зерттеудің мақсаты")
    bold.bold = True
    intro.add_run(" – ")
    italic = intro.add_run("орта держава")
    italic.italic = True
    intro.add_run(" ұғымын талдау [2, б. 15]. Бұл мәселе бірнеше еңбекте қарастырылды [3-5].")
    sup = intro.add_run("2")
    sup.font.superscript = True
    _bookmark(intro, "intro_goal")
    first_comment_runs = [intro.runs[0]]

    heading("1 ТЕОРИЯЛЫҚ НЕГІЗДЕР", 1)
    heading("1.1 Көпвекторлылық ұғымы", 2)
    p = doc.add_paragraph("Көпвекторлылық ұғымын алғаш Назарбаев ұсынды [1; 4]. ")
    p.add_run("Кейінгі зерттеулер оны тереңдетті [5, p. 7].").font.size = Pt(13)
    note_paragraph = doc.add_paragraph("Ресми құжаттарда да осы ұстаным бекітілген [3].")
    doc.add_paragraph("Негізгі бағыттар:")
    doc.add_paragraph("Ресеймен стратегиялық серіктестік [2];", style="List Bullet")
    doc.add_paragraph("Қытаймен экономикалық ынтымақтастық;", style="List Bullet")
    doc.add_paragraph("Батыс елдерімен инвестициялық байланыс [5].", style="List Number")
    caption = doc.add_paragraph("Кесте 1 – Сыртқы саясаттың бағыттары")
    del caption
    table = doc.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    cells = [["Бағыт", "Дереккөз"], ["Ресей", "Шарт [2]"], ["Қытай", "Меморандум [6]"]]
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    heading("1.2 Орта держава теориясы", 2)
    reviewed = doc.add_paragraph("Орта держава теориясы Қазақстанға қолданылады [6, с. 12-14]. ")
    reviewed.add_run("Бұл тұжырым даулы.").italic = True
    if spec.image:
        doc.add_paragraph().add_run().add_picture(io.BytesIO(tiny_png()), width=Cm(1))
    heading("ҚОРЫТЫНДЫ", 1)
    doc.add_paragraph("Қорыта айтқанда, көпвекторлы саясат өзін ақтады [1–3].")
    heading("ПАЙДАЛАНЫЛҒАН ӘДЕБИЕТТЕР ТІЗІМІ", 1)
    for number, entry in enumerate(GOST_KK, start=1):
        if spec.word_numbered_list:
            doc.add_paragraph(entry, style="List Number")
        else:
            doc.add_paragraph(f"{number}. {entry}")
    heading("ҚОСЫМША А", 1)
    doc.add_paragraph("Сұхбат сұрақтары.")

    if spec.comments:
        doc.add_comment(first_comment_runs, text="Дереккөзді нақтылаңыз.", author="Асқар Бекұлы", initials="АБ")
        doc.add_comment([reviewed.runs[1]], text="Неге даулы?\nДәлел келтіріңіз.", author="Reviewer Two", initials="RT")
        doc.add_comment([note_paragraph.runs[0]], text="Жауап берілді.", author="Асқар Бекұлы", initials="АБ")
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if spec.comments:
        data = add_reply_and_resolved(data)
    if spec.footnote:
        data = add_footnote(data, "Қорыта айтқанда", "Бұл тұжырым ресми құжатқа сүйенеді [7].")
    path.write_bytes(data)
    return path


def _heading_maker(doc, direct: bool, numbered: bool = False):  # noqa: ANN001, ANN202 - python-docx objects
    if numbered:
        for level in (1, 2):
            ppr = doc.styles[f"Heading {level}"].element.get_or_add_pPr()
            num = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), str(level - 1))
            num_id = OxmlElement("w:numId")
            num_id.set(qn("w:val"), "1")
            num.append(ilvl)
            num.append(num_id)
            ppr.insert(0, num)

    def heading(text: str, level: int) -> None:
        if numbered:
            number, _, title = text.partition(" ")
            if number[:1].isdigit():
                doc.add_heading(title, level=level)  # Word writes the number itself
                return
            paragraph = doc.add_heading(text, level=level)
            num = OxmlElement("w:numPr")
            num_id = OxmlElement("w:numId")
            num_id.set(qn("w:val"), "0")  # unnumbered: КІРІСПЕ, ҚОРЫТЫНДЫ, the list
            num.append(num_id)
            paragraph._p.get_or_add_pPr().append(num)
            return
        if not direct:
            doc.add_heading(text, level=level)
            return
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = Pt(14 if level == 1 else 13)
        if level == 1:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    return heading


def _toc(doc) -> None:  # noqa: ANN001
    doc.add_paragraph("МАЗМҰНЫ")
    paragraph = doc.add_paragraph()
    for kind, text in (("begin", None), (None, ' TOC \\o "1-3" \\h \\z \\u '), ("separate", None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
    paragraph.add_run("КІРІСПЕ\t3")
    second = doc.add_paragraph("1 ТЕОРИЯЛЫҚ НЕГІЗДЕР\t5")
    end = second.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    end._r.append(fld)


def _bookmark(paragraph, name: str) -> None:  # noqa: ANN001
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), "7")
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), "7")
    paragraph._p.insert(1, start)
    paragraph._p.append(end)


# -- raw OOXML additions ---------------------------------------------------------------


def rewrite_parts(data: bytes, changes: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        for name in names:
            target.writestr(name, changes.get(name, source.read(name)))
        for name, content in changes.items():
            if name not in names:
                target.writestr(name, content)
    return out.getvalue()


def _add_rel_and_type(parts: dict[str, bytes], source: zipfile.ZipFile, part: str, rel_type: str, content_type: str) -> str:
    rels = parts.get("word/_rels/document.xml.rels", source.read("word/_rels/document.xml.rels")).decode()
    rid = f"rIdX{len(rels)}"
    rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{rel_type}" Target="{part.split("/", 1)[1]}"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts.get("[Content_Types].xml", source.read("[Content_Types].xml")).decode()
    types = types.replace("</Types>", f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    return rid


def add_footnote(data: bytes, after_text: str, note: str) -> bytes:
    """A footnote (id 1) whose reference follows the first run starting with ``after_text``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes] = {}
    _add_rel_and_type(
        parts, source, "word/footnotes.xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    )
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()
    document = source.read("word/document.xml").decode()
    marker = f"<w:t>{after_text}"
    at = document.index(marker)
    run_end = document.index("</w:r>", at) + len("</w:r>")
    reference = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    parts["word/document.xml"] = (document[:run_end] + reference + document[run_end:]).encode()
    return rewrite_parts(data, parts)


def add_reply_and_resolved(data: bytes) -> bytes:
    """Comment 2 becomes a reply to comment 0; comment 1 is resolved (commentsExtended)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    comments = source.read("word/comments.xml").decode()
    # python-docx gives no paraIds; Word does: one per comment paragraph.
    count = 0

    def para_id() -> str:
        nonlocal count
        count += 1
        return f"1000{count:04X}"

    pieces = comments.split("<w:p>")
    comments = pieces[0] + "".join(f'<w:p w14:paraId="{para_id()}">' + piece for piece in pieces[1:])
    if "xmlns:w14=" not in comments:
        comments = comments.replace("<w:comments ", f'<w:comments xmlns:w14="{W14_NS}" ', 1)
    # paragraphs: comment 0 -> 1 (…0001), comment 1 -> 2,3 (…0003 last), comment 2 -> 4 (…0004)
    parts = {"word/comments.xml": comments.encode()}
    _add_rel_and_type(
        parts, source, "word/commentsExtended.xml",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
    )
    parts["word/commentsExtended.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="{W15_NS}">'
        '<w15:commentEx w15:paraId="10000001" w15:done="0"/>'
        '<w15:commentEx w15:paraId="10000003" w15:done="1"/>'
        '<w15:commentEx w15:paraId="10000004" w15:paraIdParent="10000001" w15:done="0"/>'
        "</w15:commentsEx>"
    ).encode()
    return rewrite_parts(data, parts)


def review_as_word_would(sent: Path, reviewed: Path) -> None:
    """What a reviewer does in Word: a new comment, a reply, a resolved thread and a text edit."""
    import re

    source = zipfile.ZipFile(io.BytesIO(sent.read_bytes()))
    document = source.read("word/document.xml").decode()
    comments = source.read("word/comments.xml").decode()
    extended = source.read("word/commentsExtended.xml").decode()
    at = document.index("Қорыта айтқанда, көпвекторлы")
    run_start = max(document.rfind("<w:r>", 0, at), document.rfind("<w:r ", 0, at))
    run_end = document.index("</w:r>", at) + len("</w:r>")
    document = (
        document[:run_start] + '<w:commentRangeStart w:id="90"/>' + document[run_start:run_end]
        + '<w:commentRangeEnd w:id="90"/><w:r><w:commentReference w:id="90"/></w:r>'
        + '<w:commentRangeStart w:id="91"/><w:commentRangeEnd w:id="91"/><w:r><w:commentReference w:id="91"/></w:r>'
        + document[run_end:]
    )
    document = document.replace("Сұхбат сұрақтары.", "Сұхбат сұрақтары мен жауаптары.")
    first = re.search(r'w14:paraId="([0-9A-F]{8})"', comments).group(1)  # the first thread's last paragraph
    comments = comments.replace(
        "</w:comments>",
        '<w:comment w:id="90" w:author="Жаңа Рецензент" w:initials="ЖР" w:date="2026-12-01T10:00:00Z">'
        '<w:p w14:paraId="0AAA0001"><w:r><w:t>Қорытынды тым қысқа.</w:t></w:r></w:p></w:comment>'
        '<w:comment w:id="91" w:author="Reviewer Two" w:initials="RT" w:date="2026-12-01T11:00:00Z">'
        '<w:p w14:paraId="0AAA0002"><w:r><w:t>Келісемін, дереккөз керек.</w:t></w:r></w:p></w:comment></w:comments>',
    )
    extended = extended.replace(f'w15:paraId="{first}" w15:done="0"', f'w15:paraId="{first}" w15:done="1"')
    extended = extended.replace(
        "</w15:commentsEx>",
        '<w15:commentEx w15:paraId="0AAA0001" w15:done="0"/>'
        f'<w15:commentEx w15:paraId="0AAA0002" w15:paraIdParent="{first}" w15:done="0"/></w15:commentsEx>',
    )
    reviewed.write_bytes(rewrite_parts(sent.read_bytes(), {
        "word/document.xml": document.encode(), "word/comments.xml": comments.encode(),
        "word/commentsExtended.xml": extended.encode(),
    }))


RUSSIAN_ENTRIES = [
    "Назарбаев Н.А. Казахстанский путь. – Караганда, 2006. – 372 с.",
    "Cooley, A. (2012). Great games, local rules: The new great power contest in Central Asia. Oxford University Press.",
    "Лаумулин М.Т. Центральная Азия в зарубежной политологии // Казахстан-Спектр. – 2015. – № 3. – С. 7–25.",
]


def build_russian_by_hand(path: Path) -> Path:
    """A Russian thesis set by hand: no heading styles, a typed table of contents, "[n]" entries."""
    doc = Document()

    def bold(text: str, center: bool = True) -> None:
        paragraph = doc.add_paragraph()
        paragraph.add_run(text).bold = True
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    bold("СОДЕРЖАНИЕ")
    for line in ("ВВЕДЕНИЕ\t3", "ГЛАВА 1. ТЕОРЕТИЧЕСКИЕ ОСНОВЫ\t5", "1.1 Понятие многовекторности ........ 5", "ЗАКЛЮЧЕНИЕ\t9"):
        doc.add_paragraph(line)
    bold("ВВЕДЕНИЕ")
    doc.add_paragraph("Актуальность темы исследования определяется рядом факторов [1, с. 5].")
    bold("ГЛАВА 1. ТЕОРЕТИЧЕСКИЕ ОСНОВЫ")
    bold("1.1 Понятие многовекторности", center=False)
    doc.add_paragraph("1. Первый этап становления внешней политики.")
    doc.add_paragraph("Многовекторность изучалась многими авторами [2; 3].")
    bold("ЗАКЛЮЧЕНИЕ")
    doc.add_paragraph("Таким образом, цели исследования достигнуты [1–3].")
    bold("СПИСОК ИСПОЛЬЗОВАННЫХ ИСТОЧНИКОВ")
    for number, entry in enumerate(RUSSIAN_ENTRIES, start=1):
        doc.add_paragraph(f"[{number}] {entry}")
    bold("ПРИЛОЖЕНИЕ А")
    doc.add_paragraph("Анкета.")
    doc.save(str(path))
    return path
