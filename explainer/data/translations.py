"""A language edition's text: translation tables keyed by table, row id and field.

Each row records the fingerprint of the English it translates, so an edit to the English
shows up as a stale translation. Words quoted verbatim from an English source stay English
inside `[[ ]]`; the check holds them to the English cell, letter for letter.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from explainer.data.csvfiles import read_table
from explainer.data.problems import Problem
from explainer.data.records import Story
from explainer.data.schema import LanguageFiles, TableSpec

TRANSLATION_FIELDS = ["id", "field", "spanish", "english_fingerprint"]
TERMBASE_FIELDS = ["english", "spanish", "other_forms", "note"]
ADDRESS = re.compile(r"https?://\S+")
ORIGINAL = re.compile(r"\[\[(.+?)\]\]", re.S)
# Fields whose English stays on the page, the translation going beside it, not in its place.
KEPT_BESIDE = {("quotes", "text"): "translation", ("glossary", "term"): "translated_term"}


def fingerprint(english: str) -> str:
    """The first 12 hex digits of the SHA-256 of the English text (UTF-8)."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Term:
    english: str
    spanish: tuple[str, ...]  # the termbase's rendering, then the other accepted forms

    def used_in(self, english: str) -> bool:
        """Whether the English text uses the term (web addresses left out)."""
        flags = 0 if self.english.isupper() else re.IGNORECASE
        term = re.escape(_dehyphen(self.english))
        words = _dehyphen(ADDRESS.sub(" ", english))
        return re.search(rf"(?<!\w){term}(?:s|es)?(?!\w)", words, flags) is not None

    def rendered_in(self, text: str) -> bool:
        plain = _dehyphen(text).casefold()
        if any(_dehyphen(form).casefold() in plain for form in self.spanish):
            return True
        return any(self.used_in(original) for original in ORIGINAL.findall(text))


def _dehyphen(text: str) -> str:
    return text.replace("-", " ")


def read_termbase(data_dir: Path, path: str | None) -> tuple[tuple[Term, ...], list[Problem]]:
    if path is None:
        return (), []
    table, problems = read_table(data_dir / path, TERMBASE_FIELDS, name=path)
    if table is None:
        return (), problems
    terms = []
    for _line, row in table.rows:
        forms = [row["spanish"], *(f.strip() for f in row["other_forms"].split(";"))]
        terms.append(Term(row["english"], tuple(f for f in forms if f)))
    return tuple(terms), problems


@dataclass(frozen=True)
class Translations:
    """One language's text for the story: (table, row id, field) -> translated text."""

    language: str
    texts: dict[tuple[str, str, str], str]

    def apply(self, story: Story, specs: tuple[TableSpec, ...]) -> Story:
        """The story as this language's edition shows it."""
        tables = {}
        for spec in specs:
            fields = spec.translated_fields
            records = getattr(story, spec.name)
            if fields:
                records = tuple(self._translated(spec, record, fields) for record in records)
            tables[spec.name] = records
        return Story(**tables, version=story.version, language=self.language)

    def _translated(self, spec: TableSpec, record, fields: list[str]):
        row_id = spec.row_id(record)
        changes = {}
        for name in fields:
            text = self.texts.get((spec.name, row_id, name))
            if text is not None:
                changes[KEPT_BESIDE.get((spec.name, name), name)] = text
        return replace(record, **changes) if changes else record


def read_translations(
    data_dir: Path,
    story: Story,
    specs: tuple[TableSpec, ...],
    lines: dict[str, dict[str, int]],
    files: LanguageFiles,
) -> tuple[Translations, list[Problem]]:
    """Read and check one language's translation tables against the English story."""
    terms, problems = read_termbase(data_dir, files.termbase)
    texts: dict[tuple[str, str, str], str] = {}
    for spec in specs:
        if not spec.translated_fields:
            continue
        path = files.translations.get(spec.name)
        english = {
            (spec.row_id(r), name): getattr(r, name)
            for r in getattr(story, spec.name)
            for name in spec.translated_fields
        }
        found: set[tuple[str, str]] = set()
        if path is not None:
            checker = _TableCheck(spec, path, english, terms, files.language)
            problems += checker.read(data_dir)
            found = set(checker.texts)
            texts.update({(spec.name, *key): text for key, text in checker.texts.items()})
        problems += _missing(spec, english, found, lines.get(spec.name, {}), path, files.language)
    return Translations(files.language, texts), problems


def _missing(spec, english, found, line_of, path, language) -> list[Problem]:
    where = path or f"a translation table for {spec.name} (none is listed in datapackage.json)"
    line_by_id = {key.replace("|", "/"): line for key, line in line_of.items()}
    message = f"no '{language}' translation in {where}"
    return [
        Problem(spec.path, line_by_id.get(row_id, "-"), name, message)
        for (row_id, name), text in english.items()
        if text and (row_id, name) not in found
    ]


class _TableCheck:
    """The rows of one translation table, each checked against the English it translates."""

    def __init__(self, spec, path, english, terms, language):
        self.spec, self.path, self.english, self.terms = spec, path, english, terms
        self.language = language
        self.texts: dict[tuple[str, str], str] = {}

    def read(self, data_dir: Path) -> list[Problem]:
        table, problems = read_table(data_dir / self.path, TRANSLATION_FIELDS, name=self.path)
        if table is None:
            return problems
        for line, row in table.rows:
            problems += [Problem(self.path, line, field, msg) for field, msg in self._row(row)]
        return problems

    def _row(self, row: dict[str, str]):
        key = (row["id"], row["field"])
        if row["field"] not in self.spec.translated_fields:
            fields = ", ".join(self.spec.translated_fields)
            yield "field", f"'{row['field']}' is not translated in {self.spec.path} ({fields})"
            return
        if key not in self.english:
            yield "id", f"no row '{row['id']}' in {self.spec.path}"
            return
        if key in self.texts:
            yield "id", f"a second translation of {row['id']} {row['field']}"
            return
        english, text = self.english[key], row["spanish"]
        if not english:
            yield "id", f"{row['id']} has no English {row['field']}: remove this row"
            return
        if not text.strip():
            yield "spanish", "the translation is empty"
            return
        self.texts[key] = text
        if row["english_fingerprint"] != fingerprint(english):
            yield (
                "english_fingerprint",
                (
                    f"stale: the English {row['field']} of {row['id']} has changed since this was "
                    f"translated; update the translation, then set the fingerprint to "
                    f"{fingerprint(english)}"
                ),
            )
        for original in ORIGINAL.findall(text):
            if original not in english:
                yield "spanish", f"[[{original}]] is not word for word in the English"
        for term in self.terms:
            if term.used_in(english) and not term.rendered_in(text):
                yield (
                    "spanish",
                    (
                        f"the English uses '{term.english}'; the termbase renders it "
                        f"'{term.spanish[0]}'"
                    ),
                )
