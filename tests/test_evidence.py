"""The evidence table, the computed confidence, the lesson's data claims and the corrections log."""

from __future__ import annotations

import subprocess
import sys

from conftest import read_rows, write_rows

from explainer.data.evidence import computed_confidence
from explainer.data.loading import read_story, validate
from explainer.data.records import EventSource
from explainer.sections.lesson import check_lesson, load_lesson


def row(source: str, relation: str = "counted", original: str = "", supports=("event",)):
    return EventSource("e", source, supports, relation, original, "note", "")


def test_relays_of_one_report_count_once():
    relays = [row("a", "relay", "nyt"), row("b", "relay", "nyt"), row("c", "copy", "nyt")]
    assert computed_confidence(relays) == ("single-source", 1)
    assert computed_confidence([*relays, row("d")]) == ("confirmed", 2)
    assert computed_confidence([row("d"), row("x", "not-counted")]) == ("single-source", 1)


def test_a_disagreeing_source_makes_the_event_disputed():
    rows = [row("a"), row("b"), row("c", "disagrees", supports=())]
    assert computed_confidence(rows) == ("disputed", 2)
    rows[-1] = row("c", "disagrees", supports=("event",))
    assert computed_confidence(rows) == ("disputed", 3)


def test_computed_confidence_matches_every_event(story):
    labels = set()
    for event in story.events:
        evidence = story.evidence(event.event_id)
        assert (evidence.label, evidence.confirmed_by) == (event.confidence, event.confirmed_by)
        assert {r.source_id for r in evidence.rows} == set(event.source_ids), event.event_id
        labels.add(evidence.label)
    assert labels == {"confirmed", "single-source", "disputed"}


def test_evidence_api_sorts_rows_for_the_event_card(story):
    evidence = story.evidence("nyt-draft-oig-sessions-2020-10-06")
    assert evidence.counted == () and len(evidence.copies) == 2
    assert {r.original_report for r in evidence.copies} == {"nytimes-20201006-draft-oig-report"}
    assert [r.source_id for r in evidence.not_counted] == ["ticklethewire-nd-sessions-rosenstein"]
    assert all(r.note for r in evidence.not_counted + evidence.copies)
    disputed = story.evidence("task-force-second-anniversary-2023-02-02")
    assert [r.source_id for r in disputed.disagreeing] == ["springfieldnewssun-nd-700-kids"]


def _line(rows, **match) -> int:
    return next(i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())) + 2


def _errors(data):
    story, problems = validate(data)
    assert story is None
    return [p for p in problems if not p.warning]


def test_hand_entered_confirmed_by_must_match(data_copy):
    path = data_copy / "events.csv"
    rows = read_rows(path)
    index = next(i for i, r in enumerate(rows) if r["event_id"] == "nadella-memo")
    rows[index]["confirmed_by"] = str(int(rows[index]["confirmed_by"]) + 1)
    rows[index]["confidence"] = "single-source"
    write_rows(path, rows)
    named = [(p.row, p.field, p.message) for p in _errors(data_copy) if p.file == "events.csv"]
    line = index + 2
    assert any(
        (r, f) == (line, "confirmed_by") and "event_sources.csv gives 12" in m for r, f, m in named
    ), named
    assert any((r, f) == (line, "confidence") and "gives 'confirmed'" in m for r, f, m in named)


def test_cli_names_a_label_mismatch_without_traceback(data_copy):
    path = data_copy / "events.csv"
    rows = read_rows(path)
    rows[0]["confidence"] = "disputed"
    write_rows(path, rows)
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "validate", str(data_copy)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "events.csv:2: confidence: says 'disputed' but event_sources.csv gives" in result.stderr


def test_evidence_rows_are_checked(data_copy):
    path = data_copy / "event_sources.csv"
    rows = read_rows(path)
    relay = _line(rows, event_id="kind-founded", source_id="lawcom-nd-kind")
    rows[relay - 2]["relation"] = "relay"
    uncounted = _line(rows, event_id="boycott-calls", source_id="icloudpe-20180619-backlash-copy")
    rows[uncounted - 2]["relation"] = "counted"
    stray = _line(rows, event_id="ericajoy-tweet", source_id="cnet-20180618-takes-stand")
    rows[stray - 2]["source_id"] = "cnbc-20180618-condemns"
    write_rows(path, rows)
    errors = {(p.file, p.row, p.field) for p in _errors(data_copy)}
    assert ("event_sources.csv", relay, "original_report") in errors
    assert ("event_sources.csv", uncounted, "relation") in errors
    assert ("event_sources.csv", stray, "source_id") in errors
    event_line = _line(read_rows(data_copy / "events.csv"), event_id="ericajoy-tweet")
    assert ("events.csv", event_line, "source_ids") in errors


def test_lesson_claims_match_the_data(story):
    lesson = load_lesson()
    assert {c["key"] for c in lesson["claims"]} >= {"tenet_printings", "tenant_printings"}
    assert check_lesson(lesson, story) == []


def test_lesson_claim_check_fails_when_the_data_changes(data_copy):
    path = data_copy / "quotes.csv"
    rows = read_rows(path)
    index = next(i for i, r in enumerate(rows) if r["quote_id"] == "fox61-family-unification")
    rows[index]["text"] = "fundamental tenet"
    write_rows(path, rows)
    story, problems = read_story(data_copy)
    assert story is not None, [str(p) for p in problems]
    found = check_lesson(load_lesson(), story)
    assert any(
        p.startswith("claims.tenet_printings: the lesson says 5 but the data gives 6")
        for p in found
    )
    assert any(p.startswith("claims.tenant_printings") for p in found)


def test_undeclared_claim_placeholder_is_reported(story):
    lesson = {**load_lesson(), "overview": "Text with {claim:nowhere}."}
    assert "{claim:nowhere} is used in the text but not declared in [[claims]]" in check_lesson(
        lesson, story
    )


def test_every_correction_points_at_an_existing_item(story):
    assert story.corrections
    for entry in story.corrections:
        assert entry in story.corrections_for(entry.table, entry.item_id)
    assert story.corrections_for("post_history", "4")[0].field == "event_id"


def test_a_dangling_correction_is_named(data_copy):
    path = data_copy / "corrections.csv"
    rows = read_rows(path)
    rows[5]["item_id"] = "no-such-item"
    rows[6]["field"] = "no_such_field"
    write_rows(path, rows)
    errors = {(p.file, p.row, p.field) for p in _errors(data_copy)}
    assert ("corrections.csv", 7, "item_id") in errors
    assert ("corrections.csv", 8, "field") in errors
