"""Word documents: a thesis in .docx comes in, and goes back to its author.

Qt-free. ``read_docx`` checks and opens the file (one clear sentence for
anything that is not a usable .docx); ``extract`` reads its structure
(headings, paragraphs, tables, footnotes, lists, comments and the reference
list) as plain data; ``import_docx`` stores it as a document in one
transaction, keeping the original file; ``write_back`` applies the library's
changes to that file; ``import_review`` merges a reviewer's comments.
"""
