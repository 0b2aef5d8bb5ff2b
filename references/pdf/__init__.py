"""PDF theses: import the text with its pages, and the reviewers' notes a PDF carries.

pdfminer.six reads the text with its geometry (``reading``), ``layout``
turns it into the text the thesis parser reads, ``annotations`` brings in
the PDF's own notes and ``writing`` puts Silteme's notes into a copy of the
PDF. No Qt.
"""

from references.pdf.importer import PdfImportSummary, import_pdf

__all__ = ["PdfImportSummary", "import_pdf"]
