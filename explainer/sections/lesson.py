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

from markupsafe import Markup

from explainer.components.escaping import plain_text, rich_text
from explainer.components.formatting import event_when, format_day, source_record
from explainer.components.i18n import ENGLISH, N_, _, current_language, ngettext
from explainer.components.templating import render
from explainer.data.records import Event, QuotePair, Story
from explainer.data.translations import ORIGINAL
from explainer.paths import LESSON_FILE
from explainer.sections.glossary import term_slug
from explainer.sections.lesson_text import CATALOG_LABELS, CLAIM, translated_lesson
from explainer.site import handout_dir, url

# Each section's heading (English msgids: shown through `_()`).
SECTION_TITLES = {
    "overview": N_("Overview"),
    "objectives": N_("Objectives"),
    "plan": N_("Minute-by-minute plan (45 minutes)"),
    "warmup": N_("Warm-up: five facts"),
    "timeline": N_("Guided walk through the timeline"),
    "quotes": N_("Quote comparison: the January post and the June 18 statement"),
    "lateral": N_("Lateral reading"),
    "discussion": N_("Discussion questions"),
    "vocabulary": N_("Vocabulary"),
    "exit": N_("Exit ticket"),
    "extension": N_("Extension activity"),
    "standards": N_("Standards alignment"),
    "teacher": N_("Teacher notes"),
}
STUDENT_SECTIONS = ("warmup", "quotes", "timeline", "lateral", "discussion", "vocabulary", "exit")
TEACHER_ONLY = ("plan", "standards", "teacher")
# The handouts: (audience, label); each is printed as HTML and as an A4 and a Letter PDF.
HANDOUTS = (("student", N_("Student handout")), ("teacher", N_("Teacher handout, with answers")))
PAPERS = ("A4", "Letter")
PDF_LABELS = {"A4": N_("PDF, A4"), "Letter": N_("PDF, Letter")}
# The presenter's words for an event's confidence.
CONFIDENCE_WORDS = {
    "confirmed": N_("confirmed"),
    "single-source": N_("single source"),
    "disputed": N_("disputed"),
}
# Marks a slide whose lines are English on another language's deck (see _english_lines).
ENGLISH_LINES = "english_lines"
# A slide holds at most this many characters of text; longer text goes on to a second slide.
SLIDE_TEXT_BUDGET = 650
# The row of lesson.toml's [[plan]] (in order) during which each kind of slide is shown: the
# presenter view's timer measures each part against its minutes.
PLAN_PARTS = ("warmup", "timeline", "quotes", "lateral", "discussion", "exit")


def handout_file(audience: str, paper: str | None = None) -> str:
    """'student.html', or 'student-a4.pdf' for paper='A4'."""
    return f"{audience}-{paper.lower()}.pdf" if paper else f"{audience}.html"


@cache
def _lesson(language: str, path: Path) -> dict:
    with path.open("rb") as handle:
        english = tomllib.load(handle)
    return english if language == ENGLISH else translated_lesson(english, language)


def load_lesson(language: str | None = None, path: Path = LESSON_FILE) -> dict:
    """The lesson in `language` (default: the one being built), from lesson/lesson.toml and,
    for another language, lesson/translations/LANG.csv."""
    return _lesson(language or current_language(), path)


load_lesson.cache_clear = _lesson.cache_clear  # read the files afresh (the server, on a change)

# How a {claim:key} number is written: a word up to twelve, digits beyond. Spanish writes 1 as
# a digit: the word (un, una, uno) depends on the noun that follows.
NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve".split(),
    "es": "cero 1 dos tres cuatro cinco seis siete ocho nueve diez once doce".split(),
}


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
    """A copy of the lesson with every {claim:key} replaced by the number the data gives, in
    the language being built."""
    lesson = value
    claims = {c["key"]: c for c in lesson.get("claims", [])}
    words = NUMBER_WORDS.get(current_language(), [])

    def number(match) -> str:
        found = claim_value(claims[match.group(1)], story)
        return words[found] if found < len(words) else str(found)

    return _map_strings(lesson, lambda item: CLAIM.sub(number, item))


def _map_strings(item, change):
    """A copy of a nested structure of dicts and lists with `change` applied to each string."""
    if isinstance(item, str):
        return change(item)
    if isinstance(item, list):
        return [_map_strings(i, change) for i in item]
    if isinstance(item, dict):
        return {k: _map_strings(v, change) for k, v in item.items()}
    return item


def marked(value: str) -> str | Markup:
    """Text for HTML: words a translation keeps in English, `[[...]]`, as `<span lang="en">`
    (escaped first); text without them is returned as it is, for the template to escape."""
    if "[[" not in value:
        return value
    return Markup(rich_text(value))


def plain(value: str) -> str:
    """Text for a title, a slide or a PDF footer: `[[...]]` dropped, the words kept."""
    return plain_text(value)


def label(value: str) -> str:
    """A discussion kind or a standard's code: through the catalog when it is one of its labels."""
    return _(value) if value in CATALOG_LABELS else value


def _foreign() -> str:
    """The lang attribute of English text (quotes, headlines, outlets) on this language's page."""
    return "" if current_language() == ENGLISH else ENGLISH


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
    """The quotes as printed (English, `lang`), with our translation on another language's page."""
    return [
        {
            "text": quote.text,
            "lang": _foreign(),
            "translation": marked(quote.translation) if _foreign() else "",
            "speaker": quote.speaker,
            "day": format_day(quote.date),
            "source": _cited(story.source(quote.source_id)),
        }
        for quote in map(story.quote, quote_ids)
    ]


def _cited(source, note: str = "") -> dict:
    """A citation: the outlet and headline stay as printed, marked as English elsewhere (a
    headline nobody saw is our note, in the page's language)."""
    record = source_record(source)
    ours = "[[" in record["title"]
    title_lang = "" if ours else _foreign()
    return {
        **record,
        "title": marked(record["title"]),
        "title_lang": title_lang,
        "lang": _foreign(),
        "note": marked(note),
    }


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
            "title": marked(e.title),
            "url": event_href + e.event_id if event_href else "",
        }
        for e in map(story.event, event_ids)
    ]


def _source_views(story: Story, source_ids, teacher: bool) -> list[dict]:
    """Citations, with the source's caveats for the teacher."""
    return [
        _cited(source, source.notes if teacher else "") for source in map(story.source, source_ids)
    ]


def _vocabulary(story: Story, terms) -> list[dict]:
    glossary = {g.term: g for g in story.glossary}
    return [
        {
            "slug": term_slug(t),
            "term": marked(glossary[t].shown_term),
            "definition": marked(glossary[t].definition),
        }
        for t in terms
    ]


def _lesson_view(story: Story, lesson: dict, audience: str, event_href: str) -> dict:
    """What the section templates show, for 'page' (the dashboard), 'student' or 'teacher'."""
    pair = _quote_pair(story, lesson)
    return {
        "lesson": _map_strings(lesson, marked),
        "audience": audience,
        "answers": {"page": "fold", "teacher": "open"}.get(audience, ""),
        "blanks": audience == "student",  # room to write
        "foreign": _foreign(),
        "label": label,
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
            "label": _(label),
            "pdfs": [
                {"label": _(PDF_LABELS[paper]), "url": handout_href + handout_file(audience, paper)}
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
    event_href: str | None = None,
    handout_href: str | None = None,
) -> str:
    """The lesson as one HTML block in the language being built: the dashboard page ('page'),
    or a handout body. The links default to the dashboard's (the timeline, the handouts)."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    keys = ["overview", *STUDENT_SECTIONS, "extension"] if audience == "student" else SECTION_TITLES
    if event_href is None:
        event_href = url("timeline", "voila", event="")
    return render(
        "lesson/article.html.j2",
        **_lesson_view(story, lesson, audience, event_href),
        keys=list(keys),
        titles=SECTION_TITLES,
        handouts=_handout_links(handout_dir("voila") if handout_href is None else handout_href),
    )


# ---------- presenter slides ----------


# A full stop ends a sentence unless it ends an abbreviation: U.S., a.m., Fed. Reg., Ms. L.,
# and the first half of the Spanish EE. UU.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Jr|Sen|Rep|Gen|St|No|Fed|Reg|vs?|EE)\.)$"
)


def sentences(value: str) -> list[str]:
    """The sentences of a text, each keeping its own punctuation and spacing; words kept in
    English, `[[...]]`, stay whole."""
    out, start = [], 0
    kept = [span.span() for span in ORIGINAL.finditer(value)]
    for match in re.finditer(r"(?<=[.!?])([\"'”’»)\]]*)\s+(?=[A-ZÁÉÍÓÚÑ¿¡“«\"'])", value):
        if _ABBREVIATION.search(value[start : match.start()]):
            continue
        if any(begin < match.end(1) < end for begin, end in kept):
            continue
        out.append(value[start : match.end()].rstrip())
        start = match.end()
    return [*out, value[start:]]


def split_text(value: str, budget: int = SLIDE_TEXT_BUDGET) -> list[str]:
    """Text longer than `budget` characters, cut at sentence ends into near-equal parts: as few
    as the length needs, more when a part would still run over (long sentences)."""
    if len(value) <= budget:
        return [value]
    pieces = sentences(value)
    fewest = math.ceil(len(value) / budget)
    for parts in range(fewest, max(fewest, len(pieces)) + 1):
        chunks = _balanced(pieces, len(value) / parts, parts)
        if max(map(len, chunks)) <= budget:
            break
    return chunks


def _balanced(pieces: list[str], target: float, parts: int) -> list[str]:
    """Sentences joined into at most `parts` chunks of about `target` characters each."""
    chunks, current = [], ""
    for sentence in pieces:
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
        {**slide, "title": f"{slide['title']} ({_part(n, len(parts))})", "lines": [part]}
        for n, part in enumerate(parts, 1)
    ]


def _part(n: int, total: int) -> str:
    """'1 of 2', its spaces unbreakable."""
    return _("{n} of {total}").format(n=n, total=total).replace(" ", "\u00a0")


def _list_slide(key: str, lines) -> dict:
    """A numbered list under a section's heading."""
    return {"kind": "list", "title": _(SECTION_TITLES[key]), "lines": list(lines)}


def _event_slide(event: Event) -> dict:
    sources = len(event.source_ids)
    note = ngettext("{confidence} · {n} source", "{confidence} · {n} sources", sources)
    return {
        "kind": "event",
        "title": event.title,
        "when": event_when(event),
        "lines": [event.description],
        "note": note.format(confidence=_(CONFIDENCE_WORDS[event.confidence]), n=sources),
    }


def _quote_slides(story: Story, quote_id: str, title: str) -> list[dict]:
    """The quote as printed; on another language's deck, marked as English, then a slide with
    our translation."""
    quote = story.quote(quote_id)
    speaker, outlet = quote.speaker, story.source(quote.source_id).publisher
    if _foreign():  # the speaker's description is translated; the outlet's name is as printed
        outlet = f"[[{outlet}]]"
    printed = {
        "kind": "quote",
        "title": title,
        "lines": [quote.text],
        "note": _("{speaker}, as printed by {outlet}").format(speaker=speaker, outlet=outlet),
    }
    if not _foreign():
        return [printed]
    slides = [{**printed, ENGLISH_LINES: True}]
    if quote.translation:
        title = _("{title}: our translation").format(title=title)
        slides.append({**printed, "title": title, "lines": [quote.translation]})
    return slides


def _english_lines(slide: dict) -> dict:
    """A slide whose lines are English on another language's deck: each line as `[[...]]`
    (marked lang="en" where it is shown), once the slide is cut into parts."""
    if not slide.get(ENGLISH_LINES):
        return slide
    lines = [f"[[{line}]]" for line in slide["lines"]]
    return {**{k: v for k, v in slide.items() if k != ENGLISH_LINES}, "lines": lines}


def speaker_notes(lesson: dict) -> dict[str, list[dict]]:
    """The presenter view's notes for each kind of slide, drawn only from the lesson's own text
    (its answers, instructions and teacher notes, already in the language being built): each
    note a `text`, with the `prompt` it answers where there is one."""

    def answers(questions) -> list[dict]:
        return [{"prompt": q["prompt"], "text": q["answer"]} for q in questions]

    quotes = lesson["quote_activity"]
    return {
        "title": [{"text": lesson["overview"]}],
        "warmup": [
            {"text": lesson["warmup"]["instructions"]},
            *answers(lesson["warmup"]["questions"]),
        ],
        "timeline": [{"text": lesson["timeline_walk"]["instructions"]}],
        "quotes": [{"text": quotes["instructions"]}, *answers(quotes["questions"])],
        "lateral": [
            {"text": lesson["lateral_reading"]["instructions"]},
            {"text": lesson["lateral_reading"]["answer"]},
        ],
        "exit": [{"text": lesson["exit_ticket"]["answer"]}],
    }


def _with_notes(slides, part: str, notes: list[dict]) -> list[dict]:
    """Slides marked with their lesson-plan part (an index into the plan) and speaker notes."""
    return [{**slide, "part": PLAN_PARTS.index(part), "notes": notes} for slide in slides]


def presenter_slides(story: Story, lesson: dict | None = None) -> list[dict]:
    """Full-screen slides for the projector, in the language being built: one idea each. Words
    kept in English stay `[[...]]` (the view marks them lang="en"). Each slide names its part
    of the lesson plan (`part`) and carries speaker notes (`notes`) for the presenter view."""
    lesson = resolve_claims(lesson or load_lesson(), story)
    pair = _quote_pair(story, lesson)
    notes = speaker_notes(lesson)
    title = {
        "kind": "title",
        "title": lesson["title"],
        "lines": [
            _("Essential question: {question}").format(question=lesson["essential_question"])
        ],
    }
    slides = [
        *_with_notes([title], "warmup", notes["title"]),
        *_with_notes(
            [_list_slide("warmup", (q["prompt"] for q in lesson["warmup"]["questions"]))],
            "warmup",
            notes["warmup"],
        ),
        *_with_notes(
            [_event_slide(story.event(e)) for e in lesson["timeline_walk"]["events"]],
            "timeline",
            notes["timeline"],
        ),
        *_with_notes(
            [
                *_quote_slides(story, pair.left_quote_ids[0], pair.left_label),
                *_quote_slides(story, pair.right_quote_ids[0], pair.right_label),
            ],
            "quotes",
            notes["quotes"],
        ),
        *_with_notes(
            [_list_slide("lateral", lesson["lateral_reading"]["questions"])],
            "lateral",
            notes["lateral"],
        ),
        *(
            {
                "kind": "question",
                "title": _("Discussion ({kind})").format(kind=label(d["kind"])),
                "lines": [d["prompt"]],
                "part": PLAN_PARTS.index("discussion"),
                "notes": [{"text": d["note"]}],
            }
            for d in lesson["discussion"]
        ),
        *_with_notes(
            [_list_slide("exit", lesson["exit_ticket"]["prompts"])], "exit", notes["exit"]
        ),
    ]
    return [_english_lines(part) for slide in slides for part in _split_slide(slide)]


def presenter_view(story: Story) -> dict:
    """What presenter mode draws: the slides, and the lesson plan's parts with their minutes
    (for the presenter view's timer)."""
    lesson = resolve_claims(load_lesson(), story)
    plan = [
        {"activity": p["activity"], "detail": p["detail"], "start": p["start"], "end": p["end"]}
        for p in lesson["plan"]
    ]
    return {"slides": presenter_slides(story), "plan": plan}
