"""The classroom kit: the lesson page, the student and teacher handouts, and presenter slides.

Everything is built from lesson/lesson.toml plus the data package, so the lesson quotes, dates
and sources are the same ones the dashboard shows.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from . import PROJECT_DIR
from .escaping import href, text
from .formatting import event_when, format_day, source_record
from .glossary import term_slug
from .records import Story

LESSON_FILE = PROJECT_DIR / "lesson" / "lesson.toml"
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


# ---------- HTML shared by the lesson page and the handouts ----------


def _section(key: str, body: str) -> str:
    title = text(SECTION_TITLES[key])
    return (
        f'<section class="ex-lesson-section" data-section="{key}"><h2>{title}</h2>{body}</section>'
    )


def _answer(value: str, teacher: bool, label: str = "Answer") -> str:
    if not teacher:
        return ""
    return (
        f'<details class="ex-answer" open><summary>{text(label)}</summary>'
        f"<p>{text(value)}</p></details>"
    )


def _lines(count: int = 2) -> str:
    return '<div class="ex-write" aria-hidden="true"></div>' * count


def _questions(items, teacher: bool, blanks: bool) -> str:
    rows = []
    for item in items:
        answer = _answer(item["answer"], teacher) if "answer" in item else ""
        space = _lines() if blanks and not teacher else ""
        rows.append(f"<li><p>{text(item['prompt'])}</p>{space}{answer}</li>")
    return "<ol>" + "".join(rows) + "</ol>"


def _cite(source: dict) -> str:
    return (
        f'{text(source["publisher"])}, <a href="{href(source["url"])}">{text(source["title"])}</a>'
        f" ({text(source['date'])})"
    )


def _source_note(story: Story, source_id: str, teacher: bool) -> str:
    notes = story.source(source_id).notes
    return f' <span class="ex-source-note">{text(notes)}</span>' if notes and teacher else ""


def _quote(story: Story, quote_id: str) -> str:
    quote = story.quote(quote_id)
    source = source_record(story.source(quote.source_id))
    return (
        f'<figure class="ex-quote"><blockquote>{text(quote.text)}</blockquote>'
        f"<figcaption>{text(quote.speaker)}, {text(format_day(quote.date))}. As printed by "
        f"{_cite(source)}</figcaption></figure>"
    )


def lesson_sections(story: Story, lesson: dict, audience: str, event_href: str) -> dict[str, str]:
    """HTML for each section, for 'page' (the dashboard), 'student' or 'teacher'."""
    teacher = audience in {"page", "teacher"}
    blanks = audience in {"student", "teacher"}
    out = {}
    out["overview"] = (
        f"<p>{text(lesson['overview'])}</p>"
        f'<p class="ex-essential"><strong>Essential question:</strong> '
        f"{text(lesson['essential_question'])}</p>"
    )
    out["objectives"] = (
        "<p>Students will be able to:</p><ul>"
        + "".join(f"<li>{text(o)}</li>" for o in lesson["objectives"])
        + "</ul>"
    )
    out["plan"] = (
        '<table><thead><tr><th scope="col">Minutes</th><th scope="col">Activity</th>'
        '<th scope="col">What happens</th></tr></thead><tbody>'
        + "".join(
            f"<tr><td>{p['start']}-{p['end']}</td><td>{text(p['activity'])}</td>"
            f"<td>{text(p['detail'])}</td></tr>"
            for p in lesson["plan"]
        )
        + "</tbody></table>"
    )
    warm = lesson["warmup"]
    pair = next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])
    out["warmup"] = (
        f"<p>{text(warm['instructions'])}</p>"
        + "".join(_quote(story, q) for q in (pair.left_quote_ids[0], pair.right_quote_ids[0]))
        + _questions(warm["questions"], teacher, blanks)
    )
    walk = lesson["timeline_walk"]
    events = [story.event(e) for e in walk["events"]]

    def event_item(e) -> str:
        label = f"{text(event_when(e))}: {text(e.title)}"
        if event_href:
            label = f'<a href="{href(event_href + e.event_id)}">{label}</a>'
        return f"<li>{label}{_lines(1) if blanks and not teacher else ''}</li>"

    out["timeline"] = (
        f"<p>{text(walk['instructions'])}</p><ol>"
        + "".join(event_item(e) for e in events)
        + "</ol>"
    )
    activity = lesson["quote_activity"]
    group = [q for q in story.quotes if q.variant_group == activity["variant_group"]]
    spellings = sorted({q.text for q in group if len(q.text) < 40})
    out["quotes"] = (
        f"<p>{text(activity['instructions'])}</p>"
        + "".join(_quote(story, q) for q in pair.left_quote_ids + pair.right_quote_ids)
        + "<p>Printed by different outlets: "
        + " / ".join(f"<q>{text(s)}</q>" for s in spellings)
        + "</p>"
        + _questions(activity["questions"], teacher, blanks)
    )
    lateral = lesson["lateral_reading"]
    out["lateral"] = (
        f"<p>{text(lateral['instructions'])}</p><ol>"
        + "".join(f"<li>{text(q)}</li>" for q in lateral["questions"])
        + "</ol><h3>Sources</h3><ul>"
        + "".join(
            f"<li>{_cite(source_record(story.source(s)))}{_source_note(story, s, teacher)}</li>"
            for s in lateral["sources"]
        )
        + "</ul>"
        + _answer(lateral["answer"], teacher)
    )
    out["discussion"] = (
        "<ol>"
        + "".join(
            f"<li><p><strong>{text(d['kind'])}:</strong> {text(d['prompt'])}</p>"
            f"{_answer(d['note'], teacher, 'Teacher note')}</li>"
            for d in lesson["discussion"]
        )
        + "</ol>"
    )
    glossary = {g.term: g for g in story.glossary}
    out["vocabulary"] = (
        '<dl class="ex-glossary">'
        + "".join(
            f'<dt id="lesson-{term_slug(t)}">{text(t)}</dt><dd>{text(glossary[t].definition)}</dd>'
            for t in lesson["vocabulary"]["terms"]
        )
        + "</dl>"
    )
    exit_ticket = lesson["exit_ticket"]
    out["exit"] = (
        "<ol>"
        + "".join(
            f"<li><p>{text(p)}</p>{_lines(3) if blanks and not teacher else ''}</li>"
            for p in exit_ticket["prompts"]
        )
        + "</ol>"
        + _answer(exit_ticket["answer"], teacher)
    )
    out["extension"] = f"<p>{text(lesson['extension']['activity'])}</p>"
    out["standards"] = (
        '<table><thead><tr><th scope="col">Standard</th><th scope="col">Text</th>'
        '<th scope="col">Where in the lesson</th></tr></thead><tbody>'
        + "".join(
            f"<tr><td>{text(s['code'])}<br><small>{text(s['framework'])}</small></td>"
            f'<td>{text(s["text"])} <a href="{href(s["source_url"])}">(source)</a></td>'
            f"<td>{text(s['where'])}</td></tr>"
            for s in lesson["standards"]
        )
        + "</tbody></table>"
    )
    out["teacher"] = (
        "<ul>" + "".join(f"<li>{text(n)}</li>" for n in lesson["teacher"]["notes"]) + "</ul>"
    )
    return out


def lesson_html(
    story: Story,
    lesson: dict | None = None,
    audience: str = "page",
    event_href: str = "01-timeline.ipynb?event=",
) -> str:
    """The lesson as one HTML block: the dashboard page ('page'), or a handout body."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    sections = lesson_sections(story, lesson, audience, event_href)
    keys = list(SECTION_TITLES)
    if audience == "student":
        keys = ["overview", *STUDENT_SECTIONS, "extension"]
    head = (
        f'<header class="ex-lesson-head"><h1>{text(lesson["title"])}</h1>'
        f"<p>{text(lesson['grade_band'])} · {lesson['duration_minutes']} minutes · "
        f"{text(', '.join(lesson['subjects']))}</p></header>"
    )
    return (
        f'<article class="ex-lesson" data-audience="{audience}">{head}'
        + "".join(_section(k, sections[k]) for k in keys)
        + "</article>"
    )


# ---------- presenter slides ----------


def presenter_slides(story: Story, lesson: dict | None = None) -> list[dict]:
    """Full-screen slides for the projector: one idea each, large type."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    slides = [
        {
            "kind": "title",
            "title": lesson["title"],
            "lines": [f"Essential question: {lesson['essential_question']}"],
        }
    ]
    slides.append(
        {
            "kind": "list",
            "title": "Warm-up: five facts",
            "lines": [q["prompt"] for q in lesson["warmup"]["questions"]],
        }
    )
    for event_id in lesson["timeline_walk"]["events"]:
        e = story.event(event_id)
        slides.append(
            {
                "kind": "event",
                "title": e.title,
                "when": event_when(e),
                "lines": [e.description],
                "note": f"{e.confidence.replace('-', ' ')} · "
                f"{len(e.source_ids)} source{'s' if len(e.source_ids) != 1 else ''}",
            }
        )
    pair = next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])
    for quote_id, label in (
        (pair.left_quote_ids[0], pair.left_label),
        (pair.right_quote_ids[0], pair.right_label),
    ):
        q = story.quote(quote_id)
        slides.append(
            {
                "kind": "quote",
                "title": label,
                "lines": [q.text],
                "note": f"{q.speaker}, as printed by {story.source(q.source_id).publisher}",
            }
        )
    slides.append(
        {
            "kind": "list",
            "title": "Lateral reading",
            "lines": list(lesson["lateral_reading"]["questions"]),
        }
    )
    for d in lesson["discussion"]:
        slides.append(
            {"kind": "question", "title": f"Discussion ({d['kind']})", "lines": [d["prompt"]]}
        )
    slides.append(
        {"kind": "list", "title": "Exit ticket", "lines": list(lesson["exit_ticket"]["prompts"])}
    )
    return slides
