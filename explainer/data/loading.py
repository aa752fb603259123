"""Load the data package once into typed records, validating it on the way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from explainer.data.csvfiles import read_table
from explainer.data.problems import WHOLE_FILE, DataError, Problem  # noqa: F401
from explainer.data.records import RECORD_TYPES, Story, record_key
from explainer.data.rules import check_story
from explainer.data.schema import DESCRIPTOR, read_descriptor, read_language_files
from explainer.data.translations import read_translations
from explainer.paths import DATA_DIR

ENGLISH = "en"


def read_story(data_dir: Path, today: date | None = None) -> tuple[Story | None, list[Problem]]:
    """Parse every table and check the cross-table rules. Returns (story or None, problems)."""
    story, problems, _unreadable, _lines = _read(data_dir, today)
    return story, problems


def read_editions(
    data_dir: Path, today: date | None = None
) -> tuple[dict[str, Story] | None, list[Problem]]:
    """The story in English and in every language the package translates it into."""
    story, problems, _unreadable, lines = _read(data_dir, today)
    if story is None:
        return None, problems
    return _editions(Path(data_dir).resolve(), story, problems, lines, strict=False)


def _editions(data_dir: Path, story: Story, problems: list[Problem], lines, strict: bool):
    """Each language's story. A missing or stale translation fails validate (`strict`); pages
    still build, showing the English in its place, so an English edit never takes a site down."""
    _version, specs = read_descriptor(data_dir)
    editions = {ENGLISH: story}
    for files in read_language_files(data_dir):
        translations, found = read_translations(data_dir, story, specs, lines, files)
        found = [replace(p, translation=True, warning=not strict) for p in found]
        problems = problems + found
        editions[files.language] = translations.apply(story, specs)
    if any(not p.warning for p in problems):
        return None, problems
    return editions, problems


def _read(data_dir: Path, today: date | None):
    """read_story, plus the files that could not be read at all (for validate)."""
    data_dir = Path(data_dir).resolve()
    if not (data_dir / DESCRIPTOR).is_file():
        missing = f"no {DESCRIPTOR} in {data_dir.name}/"
        return None, [Problem(DESCRIPTOR, WHOLE_FILE, WHOLE_FILE, missing)], set(), {}
    version, specs = read_descriptor(data_dir)
    problems: list[Problem] = []
    unreadable: set[str] = set()
    tables: dict[str, tuple] = {spec.name: () for spec in specs}
    loaded: set[str] = set()
    lines: dict[str, dict[str, int]] = {}
    for spec in specs:
        table, found = read_table(data_dir / spec.path, spec.field_names)
        problems += found
        if table is None or any(not p.warning for p in found):
            unreadable.add(spec.path)
            continue
        before = len(problems)
        records, line_of = [], {}
        for line, row in table.rows:
            values, ok = {}, True
            for field in spec.fields:
                try:
                    values[field.name] = field.convert(row[field.name])
                except ValueError as err:
                    problems.append(Problem(spec.path, line, field.name, str(err)))
                    ok = False
            if ok:
                record = RECORD_TYPES[spec.name](**values)
                records.append(record)
                line_of.setdefault(record_key(record), line)
        tables[spec.name] = tuple(records)
        lines[spec.name] = line_of
        if len(problems) == before:
            loaded.add(spec.name)
    story = Story(**tables, version=version)
    problems += check_story(story, specs, lines, today or date.today(), loaded)
    if any(not p.warning for p in problems):
        return None, problems, unreadable, lines
    return story, problems, unreadable, lines


def validate(data_dir: Path, today: date | None = None) -> tuple[Story | None, list[Problem]]:
    """Full check: file faults, the table schemas (frictionless), the rules, the translations."""
    story, problems, unreadable, lines = _read(data_dir, today)
    data_dir = Path(data_dir).resolve()
    if not (data_dir / DESCRIPTOR).is_file():
        return None, problems
    if story is not None:
        _editions_found, problems = _editions(data_dir, story, problems, lines, strict=True)
    from explainer.data.schema_check import frictionless_problems

    known = {(p.file, str(p.row), p.field) for p in problems}
    for problem in frictionless_problems(data_dir, skip=unreadable):
        if (problem.file, str(problem.row), problem.field) not in known:
            known.add((problem.file, str(problem.row), problem.field))
            problems.append(problem)
    if any(not p.warning for p in problems):
        story = None
    return story, sorted(problems, key=_problem_order)


def _problem_order(problem: Problem):
    row = problem.row if isinstance(problem.row, int) else 0
    return (problem.file, row, problem.field, problem.message)


@cache
def _loaded(data_dir: Path) -> tuple[dict[str, Story], tuple[Problem, ...]]:
    editions, problems = read_editions(Path(data_dir))
    if editions is None:
        raise DataError(problems)
    return editions, tuple(problems)


def load_editions(data_dir: Path = DATA_DIR) -> dict[str, Story]:
    """Every language edition of the validated story, loaded once per process.

    Raises DataError listing every problem of the English story.
    """
    return _loaded(data_dir)[0]


def translation_gaps(data_dir: Path = DATA_DIR) -> list[Problem]:
    """Texts whose translation is missing or stale: they show in English (validate fails)."""
    return [p for p in _loaded(data_dir)[1] if p.warning and p.translation]


def load_story(data_dir: Path = DATA_DIR, language: str = ENGLISH) -> Story:
    """The validated story in one language (English unless asked)."""
    editions = load_editions(data_dir)
    if language not in editions:
        raise ValueError(f"no '{language}' edition; the data has: {', '.join(editions)}")
    return editions[language]


def reload_story(data_dir: Path = DATA_DIR, language: str = ENGLISH) -> Story:
    """The story read afresh from the files (for a server whose data may change while it runs)."""
    read_descriptor.cache_clear()
    read_language_files.cache_clear()
    _loaded.cache_clear()
    return load_story(data_dir, language)
