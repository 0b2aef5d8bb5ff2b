"""Exchange formats other than BibTeX: RIS, CSL-JSON, formatted bibliographies.

Everything works on the neutral ``EntryRecord``; nothing here touches the
database or Qt.
"""

from references.formats.citeproc_format import format_bibliography
from references.formats.csljson import records_to_csl_json
from references.formats.record import EntryRecord
from references.formats.ris import RIS_FIELDS, RisProblem, RisResult, records_to_ris, ris_to_records

__all__ = [
    "RIS_FIELDS",
    "EntryRecord",
    "RisProblem",
    "RisResult",
    "format_bibliography",
    "records_to_csl_json",
    "records_to_ris",
    "ris_to_records",
]
