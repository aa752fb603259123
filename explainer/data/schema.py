"""The data package descriptor: which tables exist, how their fields are typed, what they cite.

`data/datapackage.json` is the one statement of the schema. Besides Table Schema it uses three
properties of its own, which frictionless ignores and this package applies:

- `itemReference` on a list field: every item is a value of that field in that table
  (`references.py`);
- `itemConstraints` on a list field: `enum`, the values an item may take (`FieldSpec.convert`);
- `allowFuture` on a date field: the date may be after today; other dates may not (`rules.py`);
- `translated` on a text field: readers see it, so each language edition translates it;
- `translationOf` and `language` on a resource: a translation table of that table
  (`translations.py`); `termbaseFor` on a resource: the termbase of that language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DESCRIPTOR = "datapackage.json"
EMPTY = {"date": None, "integer": None, "number": None, "list": ()}


@dataclass(frozen=True)
class Reference:
    """Values of `fields` must be values of `target_fields` in the table `target`."""

    fields: tuple[str, ...]
    target: str
    target_fields: tuple[str, ...]
    each_item: bool = False


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    required: bool
    true_values: tuple[str, ...] = ("true",)
    false_values: tuple[str, ...] = ("false",)
    delimiter: str = ","
    item_type: str = "string"
    item_enum: tuple[str, ...] = ()
    allow_future: bool = False
    translated: bool = False

    def convert(self, text: str):
        """Turn the CSV text into a Python value; raise ValueError with a reader's message."""
        if text == "":
            if self.required:
                raise ValueError("required value is empty")
            return EMPTY.get(self.type, "")
        if self.type == "list":
            return self._convert_list(text)
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

    def _convert_list(self, text: str) -> tuple:
        """Items separated by the delimiter; spaces around an item are ignored."""
        items = [part.strip() for part in text.split(self.delimiter)]
        if "" in items:
            raise ValueError(f"'{text}' has an empty item; put one {self.delimiter} between items")
        for item in items:
            if self.item_enum and item not in self.item_enum:
                raise ValueError(f"'{item}' is not one of: {', '.join(self.item_enum)}")
        item_spec = FieldSpec(self.name, self.item_type, required=True)
        return tuple(item_spec.convert(item) for item in items)


def _bad_date(text: str):
    raise ValueError(f"'{text}' is not a date in the form YYYY-MM-DD")


@dataclass(frozen=True)
class TableSpec:
    name: str
    path: str
    fields: tuple[FieldSpec, ...]
    references: tuple[Reference, ...] = ()
    primary_key: tuple[str, ...] = ()

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]

    def fields_of_type(self, type_: str) -> list[FieldSpec]:
        return [f for f in self.fields if f.type == type_]

    @property
    def translated_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.translated]

    def row_id(self, record) -> str:
        """The id a translation table uses for this record: its primary key, joined by '/'."""
        return "/".join(str(getattr(record, name)) for name in self.primary_key)


def _field_spec(field: dict) -> FieldSpec:
    return FieldSpec(
        name=field["name"],
        type=field.get("type", "string"),
        required=field.get("constraints", {}).get("required", False),
        true_values=tuple(field.get("trueValues", ["true"])),
        false_values=tuple(field.get("falseValues", ["false"])),
        delimiter=field.get("delimiter", ","),
        item_type=field.get("itemType", "string"),
        item_enum=tuple(field.get("itemConstraints", {}).get("enum", ())),
        allow_future=field.get("allowFuture", False),
        translated=field.get("translated", False),
    )


def _references(schema: dict) -> tuple[Reference, ...]:
    found = [
        Reference(
            tuple(_as_list(key["fields"])),
            key["reference"]["resource"],
            tuple(_as_list(key["reference"]["fields"])),
        )
        for key in schema.get("foreignKeys", [])
    ]
    found += [
        Reference(
            (f["name"],), f["itemReference"]["resource"], (f["itemReference"]["field"],), True
        )
        for f in schema["fields"]
        if "itemReference" in f
    ]
    return tuple(found)


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@cache
def read_descriptor(data_dir: Path) -> tuple[str, tuple[TableSpec, ...]]:
    """Return the package version and the story's table specs, in descriptor order."""
    descriptor = _descriptor(data_dir)
    tables = tuple(
        TableSpec(
            resource["name"],
            resource["path"],
            tuple(_field_spec(f) for f in resource["schema"]["fields"]),
            _references(resource["schema"]),
            tuple(_as_list(resource["schema"].get("primaryKey", []))),
        )
        for resource in descriptor["resources"]
        if not _is_language_resource(resource)
    )
    return descriptor.get("version", ""), tables


@dataclass(frozen=True)
class LanguageFiles:
    """One language edition's files: its translation tables (by table name) and termbase."""

    language: str
    translations: dict[str, str]
    termbase: str | None


@cache
def read_language_files(data_dir: Path) -> tuple[LanguageFiles, ...]:
    """The translation tables and termbases the descriptor lists, by language."""
    resources = _descriptor(data_dir)["resources"]
    languages = sorted(
        {r["language"] for r in resources if "translationOf" in r}
        | {r["termbaseFor"] for r in resources if "termbaseFor" in r}
    )
    return tuple(
        LanguageFiles(
            language,
            {
                r["translationOf"]: r["path"]
                for r in resources
                if "translationOf" in r and r["language"] == language
            },
            next((r["path"] for r in resources if r.get("termbaseFor") == language), None),
        )
        for language in languages
    )


def _is_language_resource(resource: dict) -> bool:
    return "translationOf" in resource or "termbaseFor" in resource


def _descriptor(data_dir: Path) -> dict:
    return json.loads((data_dir / DESCRIPTOR).read_text(encoding="utf-8"))
