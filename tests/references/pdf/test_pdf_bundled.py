"""The bundled thesis printed to PDF by LibreOffice reads back as its text import does (docs/pdf-import.md)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Block, Citation, Claim, Section
from models.db import open_library
from references.thesis.text_import import import_text_file
from references.pdf import import_pdf
from tests.conftest import THESIS


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by tools/setup.sh --test")
def test_the_bundled_thesis_as_pdf_matches_its_text_import(tmp_path: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(THESIS)],
        check=True, capture_output=True, timeout=600,
    )
    pdf = tmp_path / (THESIS.stem + ".pdf")
    lib = open_library(tmp_path / "lib.sqlite")
    try:
        with lib.session() as session:
            text_id = import_text_file(session, THESIS, "text").document_id
            pdf_id = import_pdf(session, pdf, "pdf").document_id

            def sections(doc: int) -> list[tuple[str | None, str]]:
                return list(session.execute(select(Section.number, Section.title)
                                            .where(Section.document_id == doc).order_by(Section.position)).all())

            def markers(doc: int) -> list[str]:
                return list(session.scalars(select(Citation.marker).join(Block).where(Block.document_id == doc)
                                            .order_by(Block.position, Citation.start)))

            def claims(doc: int) -> list[str]:
                return list(session.scalars(select(Claim.text).join(Block).where(Block.document_id == doc)
                                            .order_by(Block.position, Claim.start)))

            def blocks(doc: int) -> list[str]:
                return list(session.scalars(select(Block.text).where(Block.document_id == doc).order_by(Block.position)))

            assert sections(pdf_id) == sections(text_id)
            assert markers(pdf_id) == markers(text_id)
            same_claims = set(claims(pdf_id)) & set(claims(text_id))
            assert len(same_claims) >= 0.97 * len(claims(text_id))
            same_blocks = set(blocks(pdf_id)) & set(blocks(text_id))
            assert len(same_blocks) >= 0.95 * len(blocks(text_id))
    finally:
        lib.close()
