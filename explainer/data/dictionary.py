"""The data dictionary, written from datapackage.json so docs/data-dictionary.md cannot drift."""

from __future__ import annotations

import json
from pathlib import Path

from explainer.paths import DATA_DIR, DICTIONARY_FILE

BEGIN = "<!-- data-dictionary:begin (made by `make dictionary`) -->"
END = "<!-- data-dictionary:end -->"


def _constraints(field: dict) -> str:
    found = field.get("constraints", {})
    notes = []
    if found.get("required"):
        notes.append("required")
    if found.get("unique"):
        notes.append("unique")
    if "enum" in found:
        notes.append("one of: " + ", ".join(f"`{v}`" for v in found["enum"]))
    if "maxLength" in found:
        notes.append(f"at most {found['maxLength']} characters")
    if "minimum" in found:
        notes.append(f"at least {found['minimum']}")
    if "trueValues" in field:
        notes.append("`" + "`/`".join(field["trueValues"] + field["falseValues"]) + "`")
    return "; ".join(notes)


def dictionary_markdown(data_dir: Path = DATA_DIR) -> str:
    descriptor = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    out = [BEGIN]
    for resource in descriptor["resources"]:
        out += [
            "",
            f"## `data/{resource['path']}`: {resource['title']}",
            "",
            resource["description"],
        ]
        keys = resource["schema"].get("primaryKey", [])
        if keys:
            out[-1] += f" One row per `{'`, `'.join(keys)}`."
        out += ["", "| field | type | rules | meaning |", "|---|---|---|---|"]
        for field in resource["schema"]["fields"]:
            out.append(
                f"| `{field['name']}` | {field.get('type', 'string')} | {_constraints(field)} "
                f"| {field.get('description', '')} |"
            )
    out += ["", END]
    return "\n".join(out)


def update_dictionary(path: Path = DICTIONARY_FILE) -> bool:
    """Replace the dictionary between the markers in `path`; True if the file changed."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    updated = text[:start] + dictionary_markdown() + text[end:]
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text
