"""The cards' "Revised on" notes and the event card's evidence, in both editions' view models."""

from __future__ import annotations

import pytest

from explainer.components.formatting import CONFIDENCE_LABELS, format_day
from explainer.data.evidence import counted_reports, rows_for
from explainer.delivery.static_site import NOTEBOOK_DIR, notebook_body
from explainer.sections.corrections import entry_anchor, page_href
from explainer.sections.policy import policy_view
from explainer.sections.quotes import quotes_view
from explainer.sections.timeline import timeline_view

EDITIONS = pytest.mark.parametrize("static", [False, True], ids=["voila", "static"])


def expected_notes(story, table: str, item_id: str, static: bool) -> list[tuple[str, str, str]]:
    """(date, what changed, link) for each log entry of one item, straight from the data."""
    page = page_href("corrections", static)
    return [
        (format_day(c.date), c.what_changed, f"{page}#{entry_anchor(c)}")
        for c in story.corrections
        if c.table == table and c.item_id == str(item_id)
    ]


def shown_notes(item: dict) -> list[tuple[str, str, str]]:
    return [(r["date"], r["what"], r["href"]) for r in item["revisions"]]


def quote_cards(quotes: dict, policy: dict) -> list[dict]:
    """Every quote card the quotes and policy pages draw."""
    cards = [
        q for pair in quotes["pairs"] for side in ("left", "right") for q in pair[side]["quotes"]
    ]
    cards += [m for group in quotes["variants"] for m in group["members"]]
    cards += [q for step in policy["steps"] for q in step["quotes"]]
    return cards + ([quotes["passage"]] if quotes["passage"] else [])


@EDITIONS
def test_every_event_carries_exactly_its_log_entries(story, static):
    events = timeline_view(story, static=static)["events"]
    for event in events:
        assert sorted(shown_notes(event)) == sorted(
            expected_notes(story, "events", event["id"], static)
        ), event["id"]
    corrected = {c.item_id for c in story.corrections if c.table == "events"}
    assert sum(bool(e["revisions"]) for e in events) == len(corrected) > 0
    assert any(not e["revisions"] for e in events)


@EDITIONS
def test_quotes_figures_steps_and_terms_carry_their_log_entries(story, static):
    quotes, policy = quotes_view(story, static=static), policy_view(story, static=static)
    shown = {
        "quotes": {q["id"]: q for q in quote_cards(quotes, policy)},
        "figures": {f["id"]: f for f in policy["figures"]},
        "policy_steps": {str(s["step"]): s for s in policy["steps"]},
        "glossary": {g["term"]: g for g in policy["glossary"]},
        "events": {s["id"]: s for s in policy["stances"]},
    }
    for table, items in shown.items():
        for item_id, item in items.items():
            assert sorted(shown_notes(item)) == sorted(
                expected_notes(story, table, item_id, static)
            ), (table, item_id)
        corrected = {c.item_id for c in story.corrections if c.table == table}
        with_notes = {i for i, item in items.items() if item["revisions"]}
        assert with_notes == corrected & set(items), table
    for table in ("quotes", "figures", "policy_steps", "glossary"):
        assert any(item["revisions"] for item in shown[table].values()), table
        assert any(not item["revisions"] for item in shown[table].values()), table


def test_each_corrected_glossary_term_and_step_exists(story):
    """A log entry whose id names no term or step would never show its note."""
    terms = {g.term for g in story.glossary}
    steps = {str(s.step) for s in story.policy_steps}
    for entry in story.corrections:
        if entry.table == "glossary":
            assert entry.item_id in terms, entry.item_id
        if entry.table == "policy_steps":
            assert entry.item_id in steps, entry.item_id


@pytest.mark.parametrize("notebook", ["01-timeline.ipynb", "02-quotes.ipynb", "03-policy.ipynb"])
def test_the_static_pages_link_notes_to_the_static_corrections_page(story, notebook):
    _, body, _ = notebook_body(story, NOTEBOOK_DIR / notebook)
    assert "corrections.html#correction-" in body
    assert "05-corrections.ipynb" not in body


def test_event_evidence_counts_each_report_once(story):
    events = timeline_view(story)["events"]
    publishers = {s.source_id: s.publisher for s in story.sources}
    for row in events:
        event, evidence = story.event(row["id"]), row["evidence"]
        rows = rows_for(story, row["id"])
        counted = [c["id"] for c in evidence["counted"]]
        assert sorted(counted) == sorted(counted_reports(rows)), row["id"]
        assert len(set(counted)) == len(counted)
        assert (evidence["label"], evidence["count"]) == (event.confidence, event.confirmed_by)
        assert evidence["label_text"] == CONFIDENCE_LABELS[event.confidence].format(
            n=event.confirmed_by
        )
        for counted in evidence["counted"]:
            assert counted["publisher"] == publishers.get(counted["id"], "")
            relaying = [r for r in rows if r.relation in ("relay", "copy")]
            assert [r["publisher"] for r in counted["relays"]] == [
                publishers[r.source_id] for r in relaying if r.original_report == counted["id"]
            ]
        assert len(evidence["not_counted"]) == sum(r.relation == "not-counted" for r in rows)
        assert len(evidence["disagreeing"]) == sum(r.relation == "disagrees" for r in rows)
    assert any(c["relays"] for e in events for c in e["evidence"]["counted"])
    assert any(e["evidence"]["not_counted"] for e in events)
    assert any(e["evidence"]["disagreeing"] for e in events)


def test_a_report_cited_only_through_its_relays_is_named_by_nobody(story):
    """The card must not invent a publisher for an original the data does not cite."""
    events = timeline_view(story)["events"]
    known = {s.source_id for s in story.sources}
    uncited = [c for e in events for c in e["evidence"]["counted"] if c["id"] not in known]
    assert uncited, "the data has relays of uncited originals; this test guards them"
    assert all(c["publisher"] == "" and c["relays"] for c in uncited)
