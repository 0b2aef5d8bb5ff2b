"""LaTeX theses: import a project with its .bib files, write citation edits back.

No Qt and no database schema of its own beyond ``models.sources``: the
project is read (``sources``), its body scanned (``body``), its citations
read (``cites``) and numbered (``bibliography``), then stored as any thesis
is (``importer``).
"""

from references.latex.importer import LatexImportSummary, import_latex

__all__ = ["LatexImportSummary", "import_latex"]
