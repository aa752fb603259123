"""The corrections log page and the "Revised on" notes built from it."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from explainer.data.records import Correction
from explainer.sections.corrections import corrections_html, entry_anchor, item_href, revisions


def test_every_entry_is_listed_once_with_its_anchor(story):
    page = corrections_html(story)
    anchors = re.findall(r'<li id="(correction-[^"]+)"', page)
    assert len(anchors) == len(story.corrections) > 0
    assert len(set(anchors)) == len(anchors)


def test_entries_run_newest_first(story):
    page = corrections_html(story)
    days = [date.fromisoformat(d) for d in re.findall(r'data-date="([0-9-]+)"', page)]
    assert days == sorted(days, reverse=True)


def test_entry_text_is_escaped(story):
    hostile = Correction(
        correction_id="x-1",
        date=date(2030, 1, 1),
        table="events",
        item_id=story.events[0].event_id,
        field="title",
        kind="correction",
        what_changed="<script>alert(1)</script>",
        why="<img src=x onerror=alert(1)>",
        source="",
    )
    page = corrections_html(dataclasses.replace(story, corrections=(hostile,)))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_a_corrected_event_links_to_its_entry_and_back(story):
    entry = next(c for c in story.corrections if c.table == "events")
    notes = revisions(story, "events", entry.item_id, static=True)
    assert any(n["href"] == f"corrections.html#{entry_anchor(entry)}" for n in notes)
    assert item_href("events", entry.item_id, static=True) == f"timeline.html?event={entry.item_id}"
    assert f'href="01-timeline.ipynb?event={entry.item_id}"' in corrections_html(story)


def test_an_item_without_corrections_has_no_note(story):
    corrected = {c.item_id for c in story.corrections if c.table == "events"}
    clean = next(e for e in story.events if e.event_id not in corrected)
    assert revisions(story, "events", clean.event_id) == []


def test_style_changes_are_folded_and_facts_are_not(story):
    page = corrections_html(story)
    folded = "".join(re.findall(r"<details>.*?</details>", page, re.S))
    for entry in story.corrections:
        anchor = f'id="{entry_anchor(entry)}"'
        assert (anchor in folded) == (entry.kind == "style"), entry.correction_id


def test_every_corrected_item_is_named_in_words_not_by_its_id(story):
    from explainer.components.escaping import text
    from explainer.sections.corrections import item_title_html

    for entry in story.corrections:
        title = item_title_html(story, entry.table, entry.item_id)
        if entry.table != "glossary":  # a glossary item's id is its term
            assert title != text(entry.item_id), (entry.table, entry.item_id)
