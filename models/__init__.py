"""Storage: typed SQLAlchemy 2 models, engine and session setup, migrations. No Qt."""

from models.annotation import Annotation, AnnotationReply, AnnotationTag
from models.base import Base
from models.citation import Citation, CitationTarget, Claim
from models.document import BLOCK_SEPARATOR, Block, Document, PageBreak, Section
from models.reference import BibBlock, BibSource, Reference, SourceGroup, reference_groups
from models.sources import LatexFile, LatexProject, PdfSource
from models.word import WordSource

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
