"""The notebooks' narrative in another language: notebooks/translations/LANG.csv.

One row per Markdown cell (notebook file name, cell id), with the fingerprint of the English
it translates, checked like the data package's translation tables.
"""

from __future__ import annotations

import csv
from functools import cache

import nbformat

from explainer.components.i18n import ENGLISH
from explainer.data.translations import fingerprint
from explainer.paths import NOTEBOOK_DIR

FIELDS = ["notebook", "cell", "spanish", "english_fingerprint"]


def translation_file(language: str):
    return NOTEBOOK_DIR / "translations" / f"{language}.csv"


@cache
def _rows(language: str) -> tuple[tuple[int, dict], ...]:
    path = translation_file(language)
    if language == ENGLISH or not path.is_file():
        return ()
    with path.open(encoding="utf-8", newline="") as file:
        return tuple((line, row) for line, row in enumerate(csv.DictReader(file), start=2))


def markdown_cells(notebook: str, language: str) -> dict[str, str]:
    """Cell id -> the cell's Markdown in `language` ({} for English)."""
    return {
        row["cell"]: row["spanish"] for _line, row in _rows(language) if row["notebook"] == notebook
    }


def notebook_text_problems(language: str) -> list[str]:
    """Missing, stale and unknown rows, each as `file:row: field: message`."""
    name = f"notebooks/translations/{language}.csv"
    english = {
        (path.name, cell.get("id")): cell.source
        for path in sorted(NOTEBOOK_DIR.glob("*.ipynb"))
        for cell in nbformat.read(path, as_version=4).cells
        if cell.cell_type == "markdown"
    }
    problems, seen = [], set()
    for line, row in _rows(language):
        key = (row["notebook"], row["cell"])
        if key not in english:
            problems.append(
                f"{name}:{line}: cell: no Markdown cell {row['cell']} in {row['notebook']}"
            )
            continue
        seen.add(key)
        if row["english_fingerprint"] != fingerprint(english[key]):
            problems.append(
                f"{name}:{line}: english_fingerprint: stale: the English of cell {row['cell']} in "
                f"{row['notebook']} has changed; update the translation, then set the fingerprint "
                f"to {fingerprint(english[key])}"
            )
    problems += [
        f"notebooks/{notebook}: cell {cell}: no '{language}' translation in {name}"
        for notebook, cell in english
        if (notebook, cell) not in seen
    ]
    return problems
