"""The classroom kit: lesson content, handouts and presenter slides, without a browser."""

from __future__ import annotations

import re

import pytest

import explainer.delivery.handout as handout
from explainer.delivery.handout import build_handouts
from explainer.paths import SECTION_TEMPLATE_DIR, view_inputs
from explainer.sections.landing import landing_html
from explainer.sections.lesson import (
    SECTION_TITLES,
    SLIDE_TEXT_BUDGET,
    STUDENT_SECTIONS,
    TEACHER_ONLY,
    check_lesson,
    lesson_html,
    load_lesson,
    presenter_slides,
    sentences,
    split_text,
)


@pytest.fixture(scope="module")
def lesson():
    return load_lesson()


def test_every_id_in_the_lesson_exists_in_the_data(lesson, story):
    assert check_lesson(lesson, story) == []


def test_a_broken_id_is_reported(lesson, story):
    broken = {**lesson, "timeline_walk": {**lesson["timeline_walk"], "events": ["no-such-event"]}}
    assert check_lesson(broken, story) == ["timeline_walk.events: no event 'no-such-event'"]


def test_the_plan_fills_45_minutes(lesson, story):
    assert lesson["duration_minutes"] == 45
    assert sum(p["end"] - p["start"] for p in lesson["plan"]) == 45
    gappy = {**lesson, "plan": lesson["plan"][:-1]}
    assert any("plan" in p for p in check_lesson(gappy, story))


def test_the_lesson_has_every_required_part(lesson):
    assert lesson["grade_band"] and lesson["essential_question"] and len(lesson["objectives"]) >= 3
    assert len(lesson["warmup"]["questions"]) == 5  # who, what, when, where, why
    assert len(lesson["lateral_reading"]["questions"]) == 3
    kinds = {d["kind"] for d in lesson["discussion"]}
    assert {"Media literacy", "Civics"} <= kinds
    codes = " ".join(s["code"] for s in lesson["standards"])
    assert "RH." in codes and "RI." in codes and "Dimension" in codes
    assert lesson["extension"]["activity"] and lesson["teacher"]["notes"]


def test_teacher_page_holds_every_section_and_the_answers(lesson, story):
    html = lesson_html(story, lesson, audience="teacher")
    for key, title in SECTION_TITLES.items():
        assert f'data-section="{key}"' in html, key
        assert title in html or title.replace("'", "&#x27;") in html
    answers = html.count('<details class="ex-answer" open>')
    assert answers >= len(lesson["warmup"]["questions"]) + len(
        lesson["quote_activity"]["questions"]
    )
    assert answers == html.count('class="ex-answer"'), "the teacher handout shows every answer"


def test_the_lesson_page_folds_every_answer(lesson, story):
    html = lesson_html(story, lesson, audience="page")
    folded = html.count('<details class="ex-answer"><summary>Show ')
    assert folded == html.count('class="ex-answer"') >= 17
    assert " open>" not in html


def test_the_lesson_page_starts_with_the_presenter_button_and_handouts(lesson, story):
    html = lesson_html(story, lesson, audience="page", handout_href="handouts/")
    top = html[: html.index('data-section="overview"')]
    assert "data-present-slides" in top and "Present full screen" in top
    for name in ("student.html", "student-a4.pdf", "teacher-letter.pdf"):
        assert f'href="handouts/{name}"' in top


def test_the_landing_page_links_the_handouts_in_both_editions(story):
    assert 'href="handouts/student-a4.pdf"' in landing_html(story, static=True)
    voila = landing_html(story)
    assert 'href="voila/templates/explainer/static/generated/teacher-letter.pdf"' in voila


def test_lesson_text_is_escaped_and_unsafe_links_become_hash(lesson, story):
    standards = [{**lesson["standards"][0], "source_url": "javascript:alert(1)"}]
    hostile = {
        **lesson,
        "title": "<script>alert(1)</script>",
        "overview": "Tom & 'Jerry'",
        "standards": standards + lesson["standards"][1:],
    }
    html = lesson_html(story, hostile, audience="page", handout_href="javascript:void/")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<p>Tom &amp; &#x27;Jerry&#x27;</p>" in html
    assert '<a href="#">(source)</a>' in html
    assert "javascript:" not in html and html.count('<a href="#">PDF, ') == 4


def test_the_lesson_templates_are_inputs_of_the_view_cache():
    templates = sorted(SECTION_TEMPLATE_DIR.rglob("*.html.j2"))
    assert len(templates) >= len(SECTION_TITLES)
    assert set(templates) <= set(view_inputs())


def test_teacher_notes_cite_no_repository_path(lesson, story):
    html = lesson_html(story, lesson, audience="teacher")
    assert not re.search(r"\b(docs|data|explainer|lesson|notebooks)/[\w./-]+", html)
    assert not re.search(r"\bmake handout\b", html)


def test_student_handout_has_no_answers_and_room_to_write(lesson, story):
    html = lesson_html(story, lesson, audience="student")
    assert 'class="ex-answer"' not in html
    for key in TEACHER_ONLY:
        assert f'data-section="{key}"' not in html
    for key in STUDENT_SECTIONS:
        assert f'data-section="{key}"' in html
    assert html.count('class="ex-write"') >= 10
    for answer in lesson["warmup"]["questions"]:
        assert answer["answer"][:40] not in html
    head = html[: html.index("<h1>")]
    assert all(f"{label}:" in head for label in ("Name", "Class", "Date"))


def test_key_quotes_are_verbatim_with_their_outlet(lesson, story):
    html = lesson_html(story, lesson, audience="student")
    pair = next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])
    for quote_id in pair.left_quote_ids + pair.right_quote_ids:
        quote = story.quote(quote_id)
        escaped = quote.text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#x27;")
        assert escaped in html
        assert story.source(quote.source_id).publisher in html


def test_presenter_slides(lesson, story):
    slides = presenter_slides(story, lesson)
    walk = lesson["timeline_walk"]["events"]
    continued = re.compile(r"\((?:[2-9])\xa0of\xa0\d\)$")
    events = [s for s in slides if s["kind"] == "event" and not continued.search(s["title"])]
    assert len(events) == len(walk)
    assert slides[0]["kind"] == "title" and slides[-1]["title"] == "Exit ticket"
    assert all(s["title"] and s["lines"] for s in slides)
    assert all(sum(len(line) for line in s["lines"]) <= SLIDE_TEXT_BUDGET for s in slides)


def test_a_long_slide_is_split_at_sentence_ends_without_losing_words(lesson, story):
    slides = presenter_slides(story, lesson)
    parts = [s for s in slides if s["title"].startswith("Microsoft's statement, 18 June 2018")]
    assert [p["title"][-8:] for p in parts] == ["(1\xa0of\xa02)", "(2\xa0of\xa02)"]
    pair = next(p for p in story.quote_pairs if p.pair_id == lesson["quote_activity"]["pair"])
    whole = story.quote(pair.right_quote_ids[0]).text
    assert " ".join(p["lines"][0] for p in parts) == whole
    assert parts[0]["lines"][0].endswith(".") and parts[1]["lines"][0][0].isupper()


def test_sentences_keep_abbreviations_whole():
    text = "Judge Dana M. Sabraw ruled. It cited U.S. law at 83 Fed. Reg. 29435. Ms. L. won."
    assert sentences(text) == [
        "Judge Dana M. Sabraw ruled.",
        "It cited U.S. law at 83 Fed. Reg. 29435.",
        "Ms. L. won.",
    ]
    long = " ".join(f"Sentence number {n} is here." for n in range(60))
    parts = split_text(long, budget=400)
    assert len(parts) == 5 and " ".join(parts) == long
    assert max(len(p) for p in parts) < 400 * 1.2


def test_handouts_build_and_hold_every_section(tmp_path, lesson):
    student, teacher = build_handouts(tmp_path)
    for path, keys in ((student, STUDENT_SECTIONS), (teacher, tuple(SECTION_TITLES))):
        html = path.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")
        for key in keys:
            assert f'data-section="{key}"' in html, (path.name, key)
        assert not re.search(r"<(script|link)\b", html), "a handout is one self-contained file"
        assert "@page" in html
        assert 'a[href^="http"]::after' in html, "links print with their addresses"


def test_pdfs_are_printed_again_only_when_their_handout_changes(tmp_path, monkeypatch):
    printed = []

    def fake_print(pages):
        printed.append([p.name for p in pages])
        for page in pages:
            for paper in ("a4", "letter"):
                page.with_name(f"{page.stem}-{paper}.pdf").write_bytes(b"%PDF")

    monkeypatch.setattr(handout, "print_pdfs", fake_print)
    first = build_handouts(tmp_path, pdf=True)
    assert printed == [["student.html", "teacher.html"]] and len(first) == 6
    build_handouts(tmp_path, pdf=True)
    assert printed[-1] == [], "nothing changed, nothing printed"
    (tmp_path / "teacher.html").write_text("an older handout", encoding="utf-8")
    build_handouts(tmp_path, pdf=True)
    assert printed[-1] == ["teacher.html"]
