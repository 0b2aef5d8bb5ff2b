"""Files from other tools, as they are: their formats read (RIS, CSL-JSON, EndNote,
PubMed, Web of Science, Zotero), JabRef's groups, crossref inheritance, GOST lists.

Qt-free domain code below the library: what the library does with these
files (repeated keys, one import for every format) is in ``references.library``.
"""
