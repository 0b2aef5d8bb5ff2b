"""RIS import and export (Zotero, EndNote, Mendeley, Web of Science exports).

``records_to_ris`` writes records as RIS; ``ris_to_records`` reads RIS into
records and lists, with line numbers, whatever it had to skip or guess.
``RIS_FIELDS`` names the record fields that survive the trip.
"""

from references.formats.ris_fields import RIS_FIELDS
from references.formats.ris_lines import RisProblem
from references.formats.ris_read import RisResult, ris_to_records
from references.formats.ris_write import records_to_ris

__all__ = ["RIS_FIELDS", "RisProblem", "RisResult", "records_to_ris", "ris_to_records"]
