"""Reference types: BibTeX/biblatex entry types <-> RIS ``TY`` codes.

Several BibTeX types share one RIS type (``inbook`` and ``incollection``
are both ``CHAP``); reading such a file back gives the first type listed
for the code in ``RIS_TO_ENTRY``. Theses keep their kind through ``M3``
(type of work), see ``thesis_type_from_work``.
"""

from __future__ import annotations

import rispy

ENTRY_TO_RIS: dict[str, str] = {
    "article": "JOUR",
    "book": "BOOK",
    "mvbook": "BOOK",
    "booklet": "PAMP",
    "collection": "EDBOOK",
    "mvcollection": "EDBOOK",
    "inbook": "CHAP",
    "incollection": "CHAP",
    "bookinbook": "CHAP",
    "inproceedings": "CONF",
    "conference": "CONF",
    "proceedings": "CONF",
    "phdthesis": "THES",
    "mastersthesis": "THES",
    "thesis": "THES",
    "report": "RPRT",
    "techreport": "RPRT",
    "online": "ELEC",
    "electronic": "ELEC",
    "www": "ELEC",
    "misc": "GEN",
    "manual": "GEN",
    "unpublished": "UNPB",
    "legislation": "STAT",
    "legal": "STAT",
    "jurisdiction": "CASE",
    "patent": "PAT",
    "periodical": "JFULL",
    "dataset": "DATA",
    "software": "COMP",
    "standard": "STAND",
}

RIS_TO_ENTRY: dict[str, str] = {
    "JOUR": "article",
    "EJOUR": "article",
    "MGZN": "article",
    "NEWS": "article",
    "JFULL": "periodical",
    "BOOK": "book",
    "EBOOK": "book",
    "EDBOOK": "collection",
    "PAMP": "booklet",
    "CHAP": "incollection",
    "ECHAP": "incollection",
    "CONF": "inproceedings",
    "CPAPER": "inproceedings",
    "THES": "thesis",
    "RPRT": "report",
    "ELEC": "online",
    "WEB": "online",
    "BLOG": "online",
    "GEN": "misc",
    "UNPB": "unpublished",
    "STAT": "legislation",
    "BILL": "legislation",
    "CASE": "jurisdiction",
    "PAT": "patent",
    "DATA": "dataset",
    "COMP": "software",
    "STAND": "standard",
}

#: The ``M3`` text that stands for a BibTeX thesis type with no ``type`` field.
THESIS_WORK_TYPES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}

#: Codes rispy or this table knows (WEB is an old, common one); others are reported.
KNOWN_RIS_TYPES = frozenset(rispy.TYPE_OF_REFERENCE_MAPPING) | frozenset(RIS_TO_ENTRY)


def ris_type(entry_type: str) -> str:
    return ENTRY_TO_RIS.get(entry_type.lower(), "GEN")


def entry_type_from_ris(code: str) -> str:
    return RIS_TO_ENTRY.get(code.strip().upper(), "misc")


def thesis_type_from_work(type_of_work: str | None) -> str:
    """``phdthesis``/``mastersthesis`` when ``M3`` says so, else ``thesis``."""
    for entry_type, label in THESIS_WORK_TYPES.items():
        if type_of_work is not None and type_of_work.strip().lower() == label.lower():
            return entry_type
    return "thesis"
