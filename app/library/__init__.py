"""The reference library in the window: table, group tree, entry editor, BibTeX import and exports.

``install(window)`` (``app.library.controller``) adds all of it to the main
window: a Library window (View menu), File ▸ Import References… (BibTeX, RIS, CSL-JSON/YAML, EndNote XML, PubMed, Web of Science, Zotero RDF) and
File ▸ Export. Every change is one undo command on ``window.undo_stack``
whose steps are functions of ``references.library.entry_edits``,
``references.library.group_edits`` and ``references.library.undoable_import``.
"""
