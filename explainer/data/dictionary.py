"""The data dictionary, written from datapackage.json so docs/data-dictionary.md cannot drift."""

from __future__ import annotations

import json
from pathlib import Path

from explainer.paths import DATA_DIR, DICTIONARY_FILE

BEGIN = "<!-- data-dictionary:begin (made by `make dictionary`) -->"
END = "<!-- data-dictionary:end -->"


def _type(field: dict) -> str:
    if field.get("type") == "list":
        return f"list of {field.get('itemType', 'string')}s, separated by `{field['delimiter']}`"
    return field.get("type", "string")


def _references(schema: dict, paths: dict[str, str]) -> dict[str, str]:
    """Field name -> 'in `sources.csv` (`source_id`)', from foreignKeys and itemReference."""
    found = {}
    for key in schema.get("foreignKeys", []):
        target = key["reference"]
        found[key["fields"][0]] = f"in `{paths[target['resource']]}` (`{target['fields'][0]}`)"
    for field in schema["fields"]:
        if "itemReference" in field:
            target = field["itemReference"]
            found[field["name"]] = f"each in `{paths[target['resource']]}` (`{target['field']}`)"
    return found


def _constraints(field: dict, reference: str = "") -> str:
    found = field.get("constraints", {})
    notes = []
    if found.get("required"):
        notes.append("required")
    if found.get("unique"):
        notes.append("unique")
    if "enum" in found:
        notes.append("one of: " + ", ".join(f"`{v}`" for v in found["enum"]))
    if "itemConstraints" in field:
        notes.append(
            "each one of: " + ", ".join(f"`{v}`" for v in field["itemConstraints"]["enum"])
        )
    if reference:
        notes.append(reference)
    if field.get("type") == "date" and not field.get("allowFuture"):
        notes.append("not after today")
    if "maxLength" in found:
        notes.append(f"at most {found['maxLength']} characters")
    if "minimum" in found:
        notes.append(f"at least {found['minimum']}")
    if "trueValues" in field:
        notes.append("`" + "`/`".join(field["trueValues"] + field["falseValues"]) + "`")
    if field.get("translated"):
        notes.append("translated: each language edition has it in `translations/LANG/`")
    return "; ".join(notes)


def dictionary_markdown(data_dir: Path = DATA_DIR) -> str:
    descriptor = json.loads((data_dir / "datapackage.json").read_text(encoding="utf-8"))
    out = [BEGIN]
    paths = {resource["name"]: resource["path"] for resource in descriptor["resources"]}
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
        references = _references(resource["schema"], paths)
        for field in resource["schema"]["fields"]:
            rules = _constraints(field, references.get(field["name"], ""))
            out.append(
                f"| `{field['name']}` | {_type(field)} | {rules} | {field.get('description', '')} |"
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
