"""The classroom kit: lesson content, handouts and presenter slides, without a browser."""

from __future__ import annotations

import re

import pytest

from explainer.handout import build_handouts
from explainer.lesson import (
    SECTION_TITLES,
    STUDENT_SECTIONS,
    TEACHER_ONLY,
    check_lesson,
    lesson_html,
    load_lesson,
    presenter_slides,
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
    answers = html.count('class="ex-answer"')
    assert answers >= len(lesson["warmup"]["questions"]) + len(
        lesson["quote_activity"]["questions"]
    )


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
    assert len([s for s in slides if s["kind"] == "event"]) == len(walk)
    assert slides[0]["kind"] == "title" and slides[-1]["title"] == "Exit ticket"
    assert all(s["title"] and s["lines"] for s in slides)


def test_handouts_build_and_hold_every_section(tmp_path, lesson):
    student, teacher = build_handouts(tmp_path)
    for path, keys in ((student, STUDENT_SECTIONS), (teacher, tuple(SECTION_TITLES))):
        html = path.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")
        for key in keys:
            assert f'data-section="{key}"' in html, (path.name, key)
        assert not re.search(r"<(script|link)\b", html), "a handout is one self-contained file"
        assert "@page" in html
