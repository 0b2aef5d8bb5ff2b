"""Files from other tools, as they are: key conflicts, encodings, safe export, other formats.

Qt-free domain code for what real .bib, RIS, CSL-JSON, EndNote, PubMed,
Web of Science and Zotero files bring into the library.
"""
