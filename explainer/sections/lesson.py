"""The classroom kit: the lesson page, the student and teacher handouts, and presenter slides.

Everything is built from lesson/lesson.toml plus the data package, so the lesson quotes, dates
and sources are the same ones the dashboard shows. This module gathers that data; the HTML is in
templates/lesson/ (one template per section, shared pieces in macros.html.j2).
"""

from __future__ import annotations

import math
import re
import tomllib
from functools import cache
from pathlib import Path

from explainer.components.formatting import event_when, format_day, source_record
from explainer.components.templating import render
from explainer.data.records import Event, QuotePair, Story
from explainer.paths import LESSON_FILE
from explainer.sections.glossary import term_slug
from explainer.site import handout_dir, url

SECTION_TITLES = {
    "overview": "Overview",
    "objectives": "Objectives",
    "plan": "Minute-by-minute plan (45 minutes)",
    "warmup": "Warm-up: five facts",
    "timeline": "Guided walk through the timeline",
    "quotes": "Quote comparison: the January post and the June 18 statement",
    "lateral": "Lateral reading",
    "discussion": "Discussion questions",
    "vocabulary": "Vocabulary",
    "exit": "Exit ticket",
    "extension": "Extension activity",
    "standards": "Standards alignment",
    "teacher": "Teacher notes",
}
STUDENT_SECTIONS = ("warmup", "quotes", "timeline", "lateral", "discussion", "vocabulary", "exit")
TEACHER_ONLY = ("plan", "standards", "teacher")
# The handouts: (audience, label); each is printed as HTML and as an A4 and a Letter PDF.
HANDOUTS = (("student", "Student handout"), ("teacher", "Teacher handout, with answers"))
PAPERS = ("A4", "Letter")
# Where the dashboard's lesson page (voila/render/04-lesson.ipynb) finds the handouts: the
# template's static/generated/ folder, written by `python -m explainer assets`.
VOILA_LESSON_HANDOUT_HREF = handout_dir("voila")
# A slide holds at most this many characters of text; longer text goes on to a second slide.
SLIDE_TEXT_BUDGET = 650


def handout_file(audience: str, paper: str | None = None) -> str:
    """'student.html', or 'student-a4.pdf' for paper='A4'."""
    return f"{audience}-{paper.lower()}.pdf" if paper else f"{audience}.html"


@cache
def load_lesson(path: Path = LESSON_FILE) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


CLAIM = re.compile(r"\{claim:([a-z0-9_]+)\}")
NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def claim_value(claim: dict, story: Story) -> int:
    """What the data says for one declared claim in lesson.toml's [[claims]].

    kinds: `variant_outlets` counts counted outlets whose printing in `variant_group` contains
    `word`; `event_confirmed_by` is the confirmed_by computed for `event` from the evidence.
    """
    if claim["kind"] == "variant_outlets":
        word = re.compile(rf"\b{re.escape(claim['word'])}\b", re.IGNORECASE)
        outlets = {
            story.source(q.source_id).publisher
            for q in story.quotes
            if q.variant_group == claim["variant_group"]
            and word.search(q.text)
            and story.source(q.source_id).counted
        }
        return len(outlets)
    if claim["kind"] == "event_confirmed_by":
        return story.evidence(claim["event"]).confirmed_by
    raise ValueError(f"unknown claim kind '{claim['kind']}'")


def claim_problems(lesson: dict, story: Story) -> list[str]:
    """Each declared claim must match the data, and each {claim:key} must be declared."""
    claims = {c["key"]: c for c in lesson.get("claims", [])}
    problems = []
    for key, claim in claims.items():
        try:
            found = claim_value(claim, story)
        except (KeyError, StopIteration, ValueError) as err:
            problems.append(f"claims.{key}: cannot be checked against the data ({err})")
            continue
        if found != claim["expected"]:
            problems.append(
                f"claims.{key}: the lesson says {claim['expected']} but the data gives {found} "
                f"({claim['says']}); re-read the sentences that use {{claim:{key}}} and update "
                "'expected'"
            )
    for key in sorted(set(CLAIM.findall(repr(lesson))) - set(claims)):
        problems.append(f"{{claim:{key}}} is used in the text but not declared in [[claims]]")
    return problems


def resolve_claims(value, story: Story):
    """A copy of the lesson with every {claim:key} replaced by the number the data gives."""
    lesson = value
    claims = {c["key"]: c for c in lesson.get("claims", [])}

    def number(match) -> str:
        found = claim_value(claims[match.group(1)], story)
        return NUMBER_WORDS[found] if found < len(NUMBER_WORDS) else str(found)

    def walk(item):
        if isinstance(item, str):
            return CLAIM.sub(number, item)
        if isinstance(item, list):
            return [walk(i) for i in item]
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        return item

    return walk(lesson)


class LessonError(ValueError):
    """The lesson names something the data lacks, or breaks one of its rules."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"lesson/lesson.toml: {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in lesson/lesson.toml:\n{lines}")


def checked_lesson(story: Story) -> dict:
    """The lesson, once every id it names is found in the data; LessonError otherwise."""
    lesson = load_lesson()
    try:
        problems = check_lesson(lesson, story)
    except KeyError as missing:
        problems = [f"the lesson has no {missing} entry"]
    if problems:
        raise LessonError(problems)
    return lesson


def check_lesson(lesson: dict, story: Story) -> list[str]:
    """Every id the lesson names must exist in the data; returns the problems found."""
    events = {e.event_id for e in story.events}
    sources = {s.source_id for s in story.sources}
    pairs = {p.pair_id for p in story.quote_pairs}
    groups = {q.variant_group for q in story.quotes if q.variant_group}
    terms = {g.term for g in story.glossary}
    problems = [
        f"timeline_walk.events: no event '{e}'"
        for e in lesson["timeline_walk"]["events"]
        if e not in events
    ]
    problems += [
        f"lateral_reading.sources: no source '{s}'"
        for s in lesson["lateral_reading"]["sources"]
        if s not in sources
    ]
    vocabulary = lesson["vocabulary"]["terms"]
    problems += [f"vocabulary: no glossary term '{t}'" for t in vocabulary if t not in terms]
    if lesson["quote_activity"]["pair"] not in pairs:
        problems.append(f"quote_activity.pair: no quote pair '{lesson['quote_activity']['pair']}'")
    if lesson["quote_activity"]["variant_group"] not in groups:
        problems.append("quote_activity.variant_group: no such variant group")
    minutes = [(p["start"], p["end"]) for p in lesson["plan"]]
    if (
        minutes[0][0] != 0
        or minutes[-1][1] != lesson["duration_minutes"]
        or any(a[1] != b[0] for a, b in zip(minutes, minutes[1:], strict=False))
    ):
        problems.append("plan: the minutes must run from 0 to the lesson's duration without gaps")
    return problems + claim_problems(lesson, story)


# ---------- the lesson page and the handouts (templates/lesson/) ----------


def _quote_views(story: Story, quote_ids) -> list[dict]:
    return [
        {
            "text": quote.text,
            "speaker": quote.speaker,
            "day": format_day(quote.date),
            "source": source_record(story.source(quote.source_id)),
        }
        for quote in map(story.quote, quote_ids)
    ]


def _quote_pair(story: Story, lesson: dict) -> QuotePair:
    return next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])


def _spellings(story: Story, variant_group: str) -> list[str]:
    """The short printings of one statement, each spelling once."""
    return sorted(
        {q.text for q in story.quotes if q.variant_group == variant_group and len(q.text) < 40}
    )


def _event_views(story: Story, event_ids, event_href: str) -> list[dict]:
    """Each event's date and title, linked to the timeline when event_href is given."""
    return [
        {
            "when": event_when(e),
            "title": e.title,
            "url": event_href + e.event_id if event_href else "",
        }
        for e in map(story.event, event_ids)
    ]


def _source_views(story: Story, source_ids, teacher: bool) -> list[dict]:
    """Citations, with the source's caveats for the teacher."""
    return [
        {**source_record(source), "note": source.notes if teacher else ""}
        for source in map(story.source, source_ids)
    ]


def _vocabulary(story: Story, terms) -> list[dict]:
    glossary = {g.term: g for g in story.glossary}
    return [{"slug": term_slug(t), "term": t, "definition": glossary[t].definition} for t in terms]


def _lesson_view(story: Story, lesson: dict, audience: str, event_href: str) -> dict:
    """What the section templates show, for 'page' (the dashboard), 'student' or 'teacher'."""
    pair = _quote_pair(story, lesson)
    return {
        "lesson": lesson,
        "audience": audience,
        "answers": {"page": "fold", "teacher": "open"}.get(audience, ""),
        "blanks": audience == "student",  # room to write
        "warmup_quotes": _quote_views(story, (pair.left_quote_ids[0], pair.right_quote_ids[0])),
        "pair_quotes": _quote_views(story, pair.left_quote_ids + pair.right_quote_ids),
        "spellings": _spellings(story, lesson["quote_activity"]["variant_group"]),
        "events": _event_views(story, lesson["timeline_walk"]["events"], event_href),
        "lateral_sources": _source_views(
            story, lesson["lateral_reading"]["sources"], teacher=audience in {"page", "teacher"}
        ),
        "vocabulary": _vocabulary(story, lesson["vocabulary"]["terms"]),
    }


def _handout_links(handout_href: str) -> list[dict]:
    return [
        {
            "label": label,
            "pdfs": [
                {"paper": paper, "url": handout_href + handout_file(audience, paper)}
                for paper in PAPERS
            ],
            "page_url": handout_href + handout_file(audience),
        }
        for audience, label in HANDOUTS
    ]


def lesson_sections(story: Story, lesson: dict, audience: str, event_href: str) -> dict[str, str]:
    """HTML for each section, for 'page' (the dashboard), 'student' or 'teacher'."""
    view = _lesson_view(story, lesson, audience, event_href)
    return {key: render(f"lesson/sections/{key}.html.j2", **view) for key in SECTION_TITLES}


def lesson_html(
    story: Story,
    lesson: dict | None = None,
    audience: str = "page",
    event_href: str = url("timeline", "voila", event=""),
    handout_href: str = VOILA_LESSON_HANDOUT_HREF,
) -> str:
    """The lesson as one HTML block: the dashboard page ('page'), or a handout body."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    keys = ["overview", *STUDENT_SECTIONS, "extension"] if audience == "student" else SECTION_TITLES
    return render(
        "lesson/article.html.j2",
        **_lesson_view(story, lesson, audience, event_href),
        keys=list(keys),
        titles=SECTION_TITLES,
        handouts=_handout_links(handout_href),
    )


# ---------- presenter slides ----------


# A full stop ends a sentence unless it ends an abbreviation: U.S., a.m., Fed. Reg., Ms. L.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Jr|Sen|Rep|Gen|St|No|Fed|Reg|vs?)\.)$"
)


def sentences(value: str) -> list[str]:
    """The sentences of a text, each keeping its own punctuation and spacing."""
    out, start = [], 0
    for match in re.finditer(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z“\"'])", value):
        if _ABBREVIATION.search(value[start : match.start()]):
            continue
        out.append(value[start : match.end()].rstrip())
        start = match.end()
    return [*out, value[start:]]


def split_text(value: str, budget: int = SLIDE_TEXT_BUDGET) -> list[str]:
    """Text longer than `budget` characters, cut at sentence ends into near-equal parts."""
    if len(value) <= budget:
        return [value]
    parts = math.ceil(len(value) / budget)
    target = len(value) / parts
    chunks, current = [], ""
    for sentence in sentences(value):
        if current and len(current) + len(sentence) / 2 > target and len(chunks) < parts - 1:
            chunks.append(current)
            current = ""
        current = f"{current} {sentence}" if current else sentence
    return [*chunks, current]


def _split_slide(slide: dict) -> list[dict]:
    """One slide, or a slide too long for one screen as 'Title (1 of 2)', 'Title (2 of 2)'."""
    if slide["kind"] not in {"event", "quote"} or len(slide["lines"]) != 1:
        return [slide]
    parts = split_text(slide["lines"][0])
    if len(parts) == 1:
        return [slide]
    return [
        {**slide, "title": f"{slide['title']} ({n}\u00a0of\u00a0{len(parts)})", "lines": [part]}
        for n, part in enumerate(parts, 1)
    ]


def _list_slide(title: str, lines) -> dict:
    return {"kind": "list", "title": title, "lines": list(lines)}


def _event_slide(event: Event) -> dict:
    sources = len(event.source_ids)
    return {
        "kind": "event",
        "title": event.title,
        "when": event_when(event),
        "lines": [event.description],
        "note": f"{event.confidence.replace('-', ' ')} · "
        f"{sources} source{'s' if sources != 1 else ''}",
    }


def _quote_slide(story: Story, quote_id: str, label: str) -> dict:
    quote = story.quote(quote_id)
    return {
        "kind": "quote",
        "title": label,
        "lines": [quote.text],
        "note": f"{quote.speaker}, as printed by {story.source(quote.source_id).publisher}",
    }


def presenter_slides(story: Story, lesson: dict | None = None) -> list[dict]:
    """Full-screen slides for the projector: one idea each, large type."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    pair = _quote_pair(story, lesson)
    title = {
        "kind": "title",
        "title": lesson["title"],
        "lines": [f"Essential question: {lesson['essential_question']}"],
    }
    slides = [
        title,
        _list_slide("Warm-up: five facts", (q["prompt"] for q in lesson["warmup"]["questions"])),
        *(_event_slide(story.event(e)) for e in lesson["timeline_walk"]["events"]),
        _quote_slide(story, pair.left_quote_ids[0], pair.left_label),
        _quote_slide(story, pair.right_quote_ids[0], pair.right_label),
        _list_slide("Lateral reading", lesson["lateral_reading"]["questions"]),
        *(
            {"kind": "question", "title": f"Discussion ({d['kind']})", "lines": [d["prompt"]]}
            for d in lesson["discussion"]
        ),
        _list_slide("Exit ticket", lesson["exit_ticket"]["prompts"]),
    ]
    return [part for slide in slides for part in _split_slide(slide)]
