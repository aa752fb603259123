"""The Spanish handouts' PDFs, printed by Chromium: every font embedded, the words in Spanish."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from explainer.components.i18n import language
from explainer.delivery.handout import build_handouts, print_pdfs

pytestmark = pytest.mark.browser


def poppler(*command: str) -> str:
    if not shutil.which(command[0]):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils is missing; .ci/run should install it")
        pytest.skip("poppler-utils is missing (apt-get install poppler-utils)")
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def fonts(pdf) -> list[tuple[str, str]]:
    """(name, emb) for each font pdffonts lists: emb is 'yes' when the font is embedded."""
    lines = poppler("pdffonts", str(pdf)).splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


def test_spanish_handout_pdfs_embed_their_fonts_and_read_in_spanish(browser, tmp_path):
    with language("es"):
        student, teacher = build_handouts(tmp_path)
        pdfs = print_pdfs([student, teacher], browser)
    assert sorted(p.name for p in pdfs) == [
        f"{who}-{paper}.pdf" for who in ("student", "teacher") for paper in ("a4", "letter")
    ]
    for pdf in pdfs:
        found = fonts(pdf)
        assert found, f"{pdf.name}: no font listed"
        assert all(emb == "yes" for _name, emb in found), (pdf.name, found)
        words = poppler("pdftotext", str(pdf), "-")
        assert "Página 1 de" in words and "Page 1 of" not in words, pdf.name
        assert "Traducción nuestra:" in words and "Descripción general" in words
        if pdf.name.startswith("student"):
            assert "Nombre:" in words and "Clase:" in words and "Fecha:" in words
            assert "Respuesta" not in words
        else:
            assert "Respuesta" in words and "Nota para el docente" in words
