"""The classroom kit: the lesson page, the student and teacher handouts, and presenter slides.

Everything is built from lesson/lesson.toml plus the data package, so the lesson quotes, dates
and sources are the same ones the dashboard shows.
"""

from __future__ import annotations

import math
import re
import tomllib
from functools import cache
from pathlib import Path

from explainer.components.escaping import href, text
from explainer.components.formatting import event_when, format_day, source_record
from explainer.data.records import Story
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


def _answer(value: str, answers: str, label: str = "Answer") -> str:
    """An answer or teacher note: folded on the page ('fold'), open in the teacher handout
    ('open'), left out of the student handout ('')."""
    if not answers:
        return ""
    summary = f"Show {label.lower()}" if answers == "fold" else label
    return (
        f'<details class="ex-answer"{" open" if answers == "open" else ""}>'
        f"<summary>{text(summary)}</summary><p>{text(value)}</p></details>"
    )


def _lines(count: int = 2) -> str:
    return '<div class="ex-write" aria-hidden="true"></div>' * count


def _questions(items, answers: str, blanks: bool) -> str:
    rows = []
    for item in items:
        answer = _answer(item["answer"], answers) if "answer" in item else ""
        space = _lines() if blanks else ""
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
    answers = {"page": "fold", "teacher": "open"}.get(audience, "")
    blanks = audience == "student"  # room to write
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
        '<table class="ex-cards-on-phone"><thead><tr><th scope="col">Minutes</th>'
        '<th scope="col">Activity</th>'
        '<th scope="col">What happens</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td data-label="Minutes">{p["start"]}-{p["end"]}</td>'
            f'<td data-label="Activity">{text(p["activity"])}</td>'
            f'<td data-label="What happens">{text(p["detail"])}</td></tr>'
            for p in lesson["plan"]
        )
        + "</tbody></table>"
    )
    warm = lesson["warmup"]
    pair = next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])
    out["warmup"] = (
        f"<p>{text(warm['instructions'])}</p>"
        + "".join(_quote(story, q) for q in (pair.left_quote_ids[0], pair.right_quote_ids[0]))
        + _questions(warm["questions"], answers, blanks)
    )
    walk = lesson["timeline_walk"]
    events = [story.event(e) for e in walk["events"]]

    def event_item(e) -> str:
        label = f"{text(event_when(e))}: {text(e.title)}"
        if event_href:
            label = f'<a href="{href(event_href + e.event_id)}">{label}</a>'
        return f"<li>{label}{_lines(1) if blanks else ''}</li>"

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
        + _questions(activity["questions"], answers, blanks)
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
        + _answer(lateral["answer"], answers)
    )
    out["discussion"] = (
        "<ol>"
        + "".join(
            f"<li><p><strong>{text(d['kind'])}:</strong> {text(d['prompt'])}</p>"
            f"{_answer(d['note'], answers, 'Teacher note')}</li>"
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
            f"<li><p>{text(p)}</p>{_lines(3) if blanks else ''}</li>"
            for p in exit_ticket["prompts"]
        )
        + "</ol>"
        + _answer(exit_ticket["answer"], answers)
    )
    out["extension"] = f"<p>{text(lesson['extension']['activity'])}</p>"
    out["standards"] = (
        '<table class="ex-cards-on-phone"><thead><tr><th scope="col">Standard</th>'
        '<th scope="col">Text</th>'
        '<th scope="col">Where in the lesson</th></tr></thead><tbody>'
        + "".join(
            f'<tr><td data-label="Standard">{text(s["code"])}<br>'
            f"<small>{text(s['framework'])}</small></td>"
            f'<td data-label="Text">{text(s["text"])} '
            f'<a href="{href(s["source_url"])}">(source)</a></td>'
            f'<td data-label="Where in the lesson">{text(s["where"])}</td></tr>'
            for s in lesson["standards"]
        )
        + "</tbody></table>"
    )
    out["teacher"] = (
        "<ul>" + "".join(f"<li>{text(n)}</li>" for n in lesson["teacher"]["notes"]) + "</ul>"
    )
    return out


def lesson_tools(handout_href: str) -> str:
    """The top of the lesson page: the presenter button and links to the handouts."""
    links = "".join(
        f"<li><strong>{text(label)}:</strong> "
        + " · ".join(
            f'<a href="{href(handout_href + handout_file(audience, paper))}">PDF, {paper}</a>'
            for paper in PAPERS
        )
        + f' · <a href="{href(handout_href + handout_file(audience))}">web page</a></li>'
        for audience, label in HANDOUTS
    )
    return (
        '<div class="ex-lesson-tools">'
        '<button type="button" class="ex-present-start" data-present-slides disabled>'
        "▶ Present full screen</button>"
        f'<nav aria-label="Handouts"><p>Handouts to print</p><ul>{links}</ul></nav></div>'
    )


def name_line() -> str:
    """Name, class and date, to fill in at the top of the student handout."""
    cells = "".join(
        f'<span class="ex-fill-label">{label}:</span><span class="ex-fill"></span>'
        for label in ("Name", "Class", "Date")
    )
    return f'<p class="ex-name-line">{cells}</p>'


def lesson_html(
    story: Story,
    lesson: dict | None = None,
    audience: str = "page",
    event_href: str = url("timeline", "voila", event=""),
    handout_href: str = VOILA_LESSON_HANDOUT_HREF,
) -> str:
    """The lesson as one HTML block: the dashboard page ('page'), or a handout body."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    sections = lesson_sections(story, lesson, audience, event_href)
    keys = list(SECTION_TITLES)
    if audience == "student":
        keys = ["overview", *STUDENT_SECTIONS, "extension"]
    name = name_line() if audience == "student" else ""
    tools = lesson_tools(handout_href) if audience == "page" else ""
    head = (
        f'<header class="ex-lesson-head">{name}<h1>{text(lesson["title"])}</h1>'
        f"<p>{text(lesson['grade_band'])} · {lesson['duration_minutes']} minutes · "
        f"{text(', '.join(lesson['subjects']))}</p>{tools}</header>"
    )
    return (
        f'<article class="ex-lesson" data-audience="{audience}">{head}'
        + "".join(_section(k, sections[k]) for k in keys)
        + "</article>"
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
    return [part for slide in slides for part in _split_slide(slide)]
