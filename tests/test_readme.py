"""The README keeps its agreed sections; docs/data-dictionary.md matches datapackage.json; every
relative link in the README and docs/ reaches a file (and a heading, where it names one)."""

from __future__ import annotations

import re
from pathlib import Path

from explainer.data.dictionary import BEGIN, END, dictionary_markdown
from explainer.paths import DICTIONARY_FILE, PROJECT_DIR

README = PROJECT_DIR / "README.md"
DOCS = [README, *sorted((PROJECT_DIR / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


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
        "How it works",
    ]
    assert [h for h in headings if h in expected] == expected


def test_readme_links_every_doc():
    links = {link.partition("#")[0] for link in LINK.findall(README.read_text(encoding="utf-8"))}
    for doc in DOCS[1:]:
        assert f"docs/{doc.name}" in links, f"the README does not link to docs/{doc.name}"


def _anchor(heading: str) -> str:
    """A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    return {_anchor(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def test_relative_links_reach_a_file_and_heading():
    broken = []
    for doc in DOCS:
        text = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            file = (doc.parent / path).resolve() if path else doc
            if not file.is_file():
                broken.append(f"{doc.name}: {target} (no such file)")
            elif anchor and file.suffix == ".md" and anchor not in _anchors(file):
                broken.append(f"{doc.name}: {target} (no such heading)")
    assert not broken, broken


def test_anchor_is_github_style():
    assert _anchor("The reader (static, no kernel)") == "the-reader-static-no-kernel"
    assert _anchor("What `voila.json` sets") == "what-voilajson-sets"
