"""Speaker notes and lesson-plan parts for the presenter view, in English and Spanish."""

from __future__ import annotations

import pytest

from explainer.components.i18n import language
from explainer.data.loading import load_story
from explainer.sections.lesson import (
    PLAN_PARTS,
    load_lesson,
    presenter_view,
    resolve_claims,
)


def lesson_strings(item) -> set[str]:
    """Every string in the lesson (nested), the text notes may be drawn from."""
    if isinstance(item, str):
        return {item}
    if isinstance(item, list):
        return set().union(*map(lesson_strings, item)) if item else set()
    if isinstance(item, dict):
        return set().union(*map(lesson_strings, item.values())) if item else set()
    return set()


@pytest.fixture(scope="module", params=["en", "es"])
def built(request):
    """(language, the presenter's view model, the lesson its text may come from)."""
    story = load_story(language=request.param)
    with language(request.param):
        return request.param, presenter_view(story), resolve_claims(load_lesson(), story)


def test_every_slide_has_notes_drawn_from_the_lesson(built):
    _lang, view, lesson = built
    allowed = lesson_strings(lesson)
    for number, slide in enumerate(view["slides"], 1):
        assert slide["notes"], f"slide {number} ({slide['title']}) has no speaker notes"
        for note in slide["notes"]:
            assert note["text"] in allowed, f"slide {number}: a note not in the lesson: {note}"
            assert note.get("prompt", lesson["title"]) in allowed


def test_discussion_slides_carry_their_own_teacher_note(built):
    _lang, view, lesson = built
    questions = [s for s in view["slides"] if s["kind"] == "question"]
    assert [s["notes"][0]["text"] for s in questions] == [d["note"] for d in lesson["discussion"]]


def test_slides_follow_the_plan_in_order(built):
    _lang, view, lesson = built
    parts = [s["part"] for s in view["slides"]]
    assert parts == sorted(parts), "the slides never go back to an earlier part of the plan"
    assert set(parts) == set(range(len(PLAN_PARTS))) == set(range(len(lesson["plan"])))
    assert view["plan"][-1]["end"] == lesson["duration_minutes"]
    assert [p["activity"] for p in view["plan"]] == [p["activity"] for p in lesson["plan"]]


def test_spanish_notes_are_spanish():
    english = presenter_view(load_story())
    spanish_story = load_story(language="es")
    with language("es"):
        spanish = presenter_view(spanish_story)
    english_notes = {n["text"] for slide in english["slides"] for n in slide["notes"]}
    for slide in spanish["slides"]:
        assert slide["notes"], slide["title"]
        for note in slide["notes"]:
            assert note["text"] not in english_notes, note["text"][:60]
    assert spanish["plan"][0]["activity"] == "Actividad de calentamiento: cinco datos"
