"""Storage: typed SQLAlchemy 2 models, engine and session setup, migrations. No Qt.

The ORM models load together the first time one of them is asked for
(``from models import Block``), not when a light module of this package is
(``models.errors``, ``models.messages``, ``models.db``): the command line
and the window's first paint do not pay for the mappers they do not use.
All of them at once, so that every relationship finds the class it names.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.annotation import Annotation, AnnotationReply, AnnotationTag
    from models.base import Base
    from models.citation import Citation, CitationTarget, Claim
    from models.document import BLOCK_SEPARATOR, Block, Document, PageBreak, Section
    from models.reference import BibBlock, BibSource, Reference, SourceGroup, reference_groups
    from models.sources import LatexFile, LatexProject, PdfSource
    from models.word import WordSource

_MODULE_OF = {
    "Annotation": "annotation",
    "AnnotationReply": "annotation",
    "AnnotationTag": "annotation",
    "Base": "base",
    "Citation": "citation",
    "CitationTarget": "citation",
    "Claim": "citation",
    "BLOCK_SEPARATOR": "document",
    "Block": "document",
    "Document": "document",
    "PageBreak": "document",
    "Section": "document",
    "BibBlock": "reference",
    "BibSource": "reference",
    "Reference": "reference",
    "SourceGroup": "reference",
    "reference_groups": "reference",
    "LatexFile": "sources",
    "LatexProject": "sources",
    "PdfSource": "sources",
    "WordSource": "word",
}

__all__ = [
    "Annotation",
    "AnnotationReply",
    "AnnotationTag",
    "BLOCK_SEPARATOR",
    "Base",
    "BibBlock",
    "BibSource",
    "Block",
    "Citation",
    "CitationTarget",
    "Claim",
    "Document",
    "LatexFile",
    "LatexProject",
    "PageBreak",
    "PdfSource",
    "Reference",
    "Section",
    "SourceGroup",
    "WordSource",
    "reference_groups",
]


def load_models() -> None:
    """Import every model module (once), so the mappers are complete."""
    for module in dict.fromkeys(_MODULE_OF.values()):
        importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_models()
    for loaded, source in _MODULE_OF.items():  # once loaded, ordinary attributes
        globals()[loaded] = getattr(importlib.import_module(f"{__name__}.{source}"), loaded)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
