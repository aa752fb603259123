"""Command line: `python -m explainer validate [DATA_DIR]`, `serve`, `serve-replicas`, …"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explainer.paths import DATA_DIR, DICTIONARY_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check the data package; changes no file")
    check.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    commands.add_parser("assets", help="write the Voila template's generated files")
    serve = commands.add_parser("serve", help="serve the dashboard with Voila (voila.json)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8866)
    replicas = commands.add_parser("serve-replicas", help="serve N copies behind nginx")
    replicas.add_argument("--replicas", type=_at_least_one, default=2)
    replicas.add_argument("--host", default="127.0.0.1")
    replicas.add_argument("--port", type=int, default=8866)
    commands.add_parser("screenshots", help="full-page PNGs of every page and text snapshots")
    handout = commands.add_parser(
        "handout", help="build the student and teacher handouts, in every language"
    )
    handout.add_argument("--pdf", action="store_true", help="also print A4 and Letter PDFs")
    static = commands.add_parser("static", help="build the static reader edition (no kernel)")
    static.add_argument("out_dir", nargs="?", type=Path, default=None)
    dictionary = commands.add_parser("dictionary", help="print the data dictionary (Markdown)")
    dictionary.add_argument(
        "--write",
        type=Path,
        nargs="?",
        const=DICTIONARY_FILE,
        help="update the dictionary inside this file (default: docs/data-dictionary.md)",
    )
    args = parser.parse_args(argv)
    if args.command == "dictionary":
        from explainer.data.dictionary import dictionary_markdown, update_dictionary

        if args.write:
            changed = update_dictionary(args.write)
            print(f"{args.write}: data dictionary {'updated' if changed else 'already current'}")
        else:
            print(dictionary_markdown())
        return 0
    if args.command == "assets":
        return _assets()
    if args.command == "serve":
        from explainer.delivery.serve import serve

        return serve(args.host, args.port)
    if args.command == "serve-replicas":
        from explainer.delivery.replicas import serve_replicas

        return serve_replicas(args.replicas, args.host, args.port)
    if args.command == "handout":
        from explainer.delivery.handout import build_all_handouts

        build_all_handouts(pdf=args.pdf)
        return 0
    if args.command == "static":
        from explainer.delivery.static_site import SITE_DIR, build_static_site

        build_static_site(args.out_dir or SITE_DIR)
        return 0
    if args.command == "screenshots":
        from explainer.tooling.screenshots import take_screenshots

        written = take_screenshots()
        print(f"==> {len(written)} screenshots; open every one before you call a change done")
        return 0
    return _validate(args.data_dir)


def _at_least_one(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a whole number of 1 or more, not {text!r}")
    return int(text)


def _assets() -> int:
    from explainer.data.loading import load_story
    from explainer.data.problems import DataError
    from explainer.delivery.assets import write_template_assets
    from explainer.sections.lesson import LessonError, checked_lesson

    try:
        checked_lesson(load_story())
        written = write_template_assets()
    except (DataError, LessonError) as err:
        print(err, file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    return 0


def _edition_problems(data_dir: Path = DATA_DIR) -> list[str]:
    """The other languages' interface catalog, narrative and lesson: untranslated or stale
    entries."""
    from explainer.components.i18n import ENGLISH, LANGUAGES, catalog_problems
    from explainer.sections.lesson import load_lesson
    from explainer.sections.lesson_text import lesson_text_problems
    from explainer.sections.notebook_text import notebook_text_problems

    problems = []
    for code in LANGUAGES:
        if code != ENGLISH:
            problems += catalog_problems(code) + notebook_text_problems(code)
            problems += lesson_text_problems(load_lesson(ENGLISH), code, data_dir)
    return problems


def _validate(data_dir: Path) -> int:
    from explainer.data.loading import validate

    try:
        story, problems = validate(data_dir)
    except Exception as err:  # never a traceback for a reader of the data
        print(f"{data_dir}: could not validate: {type(err).__name__}: {err}", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stdout if problem.warning else sys.stderr)
    if story is None:
        errors = sum(not p.warning for p in problems)
        print(f"INVALID: {errors} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    from explainer.paths import LESSON_FILE
    from explainer.sections.lesson import check_lesson, load_lesson

    lesson_problems = check_lesson(load_lesson(), story) if LESSON_FILE.is_file() else []
    for problem in lesson_problems:
        print(f"lesson/lesson.toml: {problem}", file=sys.stderr)
    if lesson_problems:
        print(f"INVALID: {len(lesson_problems)} problem(s) in lesson/lesson.toml", file=sys.stderr)
        return 1
    edition_problems = _edition_problems(data_dir)
    for problem in edition_problems:
        print(problem, file=sys.stderr)
    if edition_problems:
        print(f"INVALID: {len(edition_problems)} problem(s) in the translations", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in story.counts().items())
    print(f"valid: data package {story.version}: {counts}")
    return 0
