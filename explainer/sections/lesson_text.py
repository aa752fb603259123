"""The lesson in another language: lesson/translations/LANG.csv.

One row per reader-facing string of lesson/lesson.toml, named by its dotted path (list items by
number: `warmup.questions.2.answer`), with the fingerprint of the English it translates; checked
like the data package's translation tables (missing, stale, unknown, `[[...]]` verbatim, the
termbase) and for the `{claim:key}` numbers the page fills in.
"""

from __future__ import annotations

import copy
import csv
import re
from pathlib import Path

from explainer.components.i18n import N_
from explainer.data.schema import read_language_files
from explainer.data.translations import ORIGINAL, fingerprint, read_termbase
from explainer.paths import DATA_DIR, LESSON_TRANSLATION_DIR, PROJECT_DIR

FIELDS = ["path", "spanish", "english_fingerprint"]
CLAIM = re.compile(r"\{claim:([a-z0-9_]+)\}")
# What stays as lesson.toml writes it, in every language: numbers, ids, codes, addresses, the
# claims' bookkeeping, and the labels the page shows through the catalog (CATALOG_LABELS).
UNTRANSLATED = (
    "duration_minutes",
    "claims.*.*",
    "plan.*.start",
    "plan.*.end",
    "timeline_walk.events.*",
    "quote_activity.pair",
    "quote_activity.variant_group",
    "lateral_reading.sources.*",
    "discussion.*.kind",
    "vocabulary.terms.*",
    "standards.*.code",
    "standards.*.source_url",
)
# Labels lesson.toml repeats, translated once in the catalog: the discussion questions' kinds and
# the C3 dimensions' codes. Other codes (CCSS.ELA-LITERACY.RH.9-10.1) are identifiers and stay.
CATALOG_LABELS = (
    N_("Media literacy"),
    N_("Civics"),
    N_("Dimension 3"),
    N_("Dimension 4"),
)
LABELLED = ("discussion.*.kind", "standards.*.code")
IDENTIFIER = re.compile(r"[A-Z0-9][A-Za-z0-9.-]*")
# Official wording that stays on the page in English; its translation goes beside it, under this
# key of the same table.
KEPT_BESIDE = {"standards.*.text": "text_translation"}


def translation_file(language: str) -> Path:
    return LESSON_TRANSLATION_DIR / f"{language}.csv"


def _name(language: str) -> str:
    """How problems name the table: lesson/translations/LANG.csv."""
    return (LESSON_TRANSLATION_DIR / f"{language}.csv").relative_to(PROJECT_DIR).as_posix()


def matches(path: str, pattern: str) -> bool:
    """Whether a dotted path fits a pattern whose `*` stands for any one part."""
    parts, wanted = path.split("."), pattern.split(".")
    return len(parts) == len(wanted) and all(
        w in ("*", p) for p, w in zip(parts, wanted, strict=True)
    )


def strings(value, prefix: str = "") -> dict[str, str]:
    """Every string in the lesson, by its dotted path."""
    if isinstance(value, str):
        return {prefix: value}
    if not isinstance(value, dict | list):
        return {}
    items = value.items() if isinstance(value, dict) else enumerate(value)
    found = {}
    for key, item in items:
        found |= strings(item, f"{prefix}.{key}" if prefix else str(key))
    return found


def translated_paths(lesson: dict) -> dict[str, str]:
    """The English of every string a language edition translates, by its path."""
    return {
        path: english
        for path, english in strings(lesson).items()
        if english and not any(matches(path, p) for p in UNTRANSLATED)
    }


def _rows(language: str, path: Path | None = None) -> list[tuple[int, dict[str, str]]]:
    path = path or translation_file(language)
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as file:
        return list(enumerate(csv.DictReader(file), start=2))


def translated_lesson(lesson: dict, language: str) -> dict:
    """A copy of the lesson with `language`'s text in place of the English (the English where
    a row is missing; standards' official text kept, the translation beside it)."""
    english = translated_paths(lesson)
    result = copy.deepcopy(lesson)
    for _line, row in _rows(language):
        if row["path"] in english and row["spanish"].strip():
            _put(result, row["path"], row["spanish"])
    return result


def _put(lesson: dict, path: str, text: str) -> None:
    *parents, last = path.split(".")
    for pattern, beside in KEPT_BESIDE.items():
        if matches(path, pattern):
            last = beside
    target = lesson
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = text
    else:
        target[last] = text


def lesson_text_problems(
    lesson: dict, language: str, data_dir: Path = DATA_DIR, table: Path | None = None
) -> list[str]:
    """Missing, stale and unknown rows and broken placeholders, each as
    `lesson/translations/LANG.csv:ROW: path: message`, and labels missing from the catalog;
    `table` reads another copy of the translation table (tests)."""
    name = _name(language)
    english, every = translated_paths(lesson), strings(lesson)
    terms = _terms(data_dir, language)
    problems, seen = [], set()
    for line, row in _rows(language, table):
        path = row["path"]
        message = _row_problem(path, row, english, every, seen)
        if message:
            problems.append(f"{name}:{line}: {path}: {message}")
            continue
        seen.add(path)
        problems += [
            f"{name}:{line}: {path}: {m}" for m in _text_problems(english[path], row, terms)
        ]
    problems += [
        f"{name}:-: {path}: no '{language}' translation of lesson/lesson.toml's text"
        for path in english
        if path not in seen
    ]
    return problems + label_problems(lesson)


def _row_problem(path, row, english, every, seen) -> str:
    if path not in every:
        return "no such text in lesson/lesson.toml"
    if path not in english:
        return "stays as lesson/lesson.toml writes it (an id, code, number or catalog label)"
    if path in seen:
        return "a second translation of the same text"
    if not row["spanish"].strip():
        return "the translation is empty"
    return ""


def _text_problems(english: str, row: dict[str, str], terms) -> list[str]:
    text, problems = row["spanish"], []
    if row["english_fingerprint"] != fingerprint(english):
        problems.append(
            "stale: the English has changed since this was translated; update the "
            f"translation, then set the fingerprint to {fingerprint(english)}"
        )
    problems += [
        f"[[{original}]] is not word for word in the English"
        for original in ORIGINAL.findall(text)
        if original not in english
    ]
    if sorted(CLAIM.findall(text)) != sorted(CLAIM.findall(english)):
        wanted = ", ".join(f"{{claim:{k}}}" for k in sorted(CLAIM.findall(english))) or "none"
        problems.append(f"the {{claim:...}} numbers differ from the English's ({wanted})")
    problems += [
        f"the English uses '{term.english}'; the termbase renders it '{term.spanish[0]}'"
        for term in terms
        if term.used_in(english) and not term.rendered_in(text)
    ]
    return problems


def _terms(data_dir: Path, language: str):
    files = next((f for f in read_language_files(data_dir) if f.language == language), None)
    return read_termbase(data_dir, files.termbase)[0] if files else ()


def label_problems(lesson: dict) -> list[str]:
    """Labels shown through the catalog must be in CATALOG_LABELS (so `make messages` finds
    them); a code may instead be an identifier, which stays as it is."""
    return [
        f"lesson/lesson.toml:-: {path}: '{value}' is shown through the catalog but is not in "
        "CATALOG_LABELS (explainer/sections/lesson_text.py): add it there, run make messages "
        "and translate it"
        for path, value in strings(lesson).items()
        if any(matches(path, p) for p in LABELLED)
        and value not in CATALOG_LABELS
        and not (path.startswith("standards.") and IDENTIFIER.fullmatch(value))
    ]
