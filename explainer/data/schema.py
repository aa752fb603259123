"""The data package descriptor: which tables exist and how their fields are typed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DESCRIPTOR = "datapackage.json"
LIST_FIELDS = {
    "source_ids",
    "left_quote_ids",
    "right_quote_ids",
    "check_ids",
    "event_ids",
    "quote_ids",
    "terms",
    "supports",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    required: bool
    true_values: tuple[str, ...] = ("true",)
    false_values: tuple[str, ...] = ("false",)

    def convert(self, text: str):
        """Turn the CSV text into a Python value; raise ValueError with a reader's message."""
        if text == "":
            if self.required:
                raise ValueError("required value is empty")
            return None if self.type in {"date", "integer", "number"} else ""
        if self.name in LIST_FIELDS:
            return tuple(part.strip() for part in text.split(";") if part.strip())
        if self.type == "date":
            try:
                return date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
            except ValueError:
                _bad_date(text)
        if self.type == "integer":
            if not text.strip().lstrip("-").isdigit():
                raise ValueError(f"'{text}' is not a whole number")
            return int(text)
        if self.type == "number":
            try:
                return float(text)
            except ValueError:
                raise ValueError(f"'{text}' is not a number (use digits, no commas)") from None
        if self.type == "boolean":
            if text in self.true_values:
                return True
            if text in self.false_values:
                return False
            raise ValueError(
                f"'{text}' is not one of {', '.join(self.true_values + self.false_values)}"
            )
        return text


def _bad_date(text: str):
    raise ValueError(f"'{text}' is not a date in the form YYYY-MM-DD")


@dataclass(frozen=True)
class TableSpec:
    name: str
    path: str
    fields: tuple[FieldSpec, ...]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


@cache
def read_descriptor(data_dir: Path) -> tuple[str, tuple[TableSpec, ...]]:
    """Return the package version and the table specs, in descriptor order."""
    descriptor = json.loads((data_dir / DESCRIPTOR).read_text(encoding="utf-8"))
    tables = []
    for resource in descriptor["resources"]:
        fields = tuple(
            FieldSpec(
                name=f["name"],
                type=f.get("type", "string"),
                required=f.get("constraints", {}).get("required", False),
                true_values=tuple(f.get("trueValues", ["true"])),
                false_values=tuple(f.get("falseValues", ["false"])),
            )
            for f in resource["schema"]["fields"]
        )
        tables.append(TableSpec(resource["name"], resource["path"], fields))
    return descriptor.get("version", ""), tuple(tables)
