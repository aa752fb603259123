"""docs/data-dictionary.md matches datapackage.json; the README keeps its agreed sections."""

from __future__ import annotations

from explainer.data.dictionary import BEGIN, END, dictionary_markdown
from explainer.paths import DICTIONARY_FILE, PROJECT_DIR

README = PROJECT_DIR / "README.md"


def test_dictionary_is_current():
    text = DICTIONARY_FILE.read_text(encoding="utf-8")
    current = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert current == dictionary_markdown(), "run: make dictionary"


def test_every_field_is_described():
    generated = dictionary_markdown()
    for line in generated.splitlines():
        if line.startswith("| `"):
            assert not line.rstrip().endswith("|  |"), f"field without a description: {line}"


def test_section_order():
    headings = [line[3:] for line in README.read_text().splitlines() if line.startswith("## ")]
    expected = [
        "The two commands",
        "What each page shows",
        "How to edit the data and validate it",
        "Sources and methodology",
        "Data dictionary",
        "How to report a correction",
        "Licences",
    ]
    assert [h for h in headings if h in expected] == expected
