"""Corrupted copies of the real data: each must name the right file, row and field."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date

import pytest
from conftest import read_rows, write_rows

from explainer.data.loading import read_story, validate
from explainer.data.records import NO_SLUG

# Line numbers: the header is line 1, so the n-th data row (0-based index i) is line i + 2.
ROW = 3  # index of the data row we corrupt
LINE = ROW + 2


def set_cell(table: str, field: str, value: str, row: int = ROW):
    def corrupt(data):
        path = data / f"{table}.csv"
        rows = read_rows(path)
        rows[row][field] = value
        write_rows(path, rows)

    return corrupt


def copy_cell(table: str, field: str, from_row: int, to_row: int):
    def corrupt(data):
        path = data / f"{table}.csv"
        rows = read_rows(path)
        rows[to_row][field] = rows[from_row][field]
        write_rows(path, rows)

    return corrupt


def drop_column(table: str, field: str):
    def corrupt(data):
        path = data / f"{table}.csv"
        rows = read_rows(path)
        for row in rows:
            del row[field]
        write_rows(path, rows)

    return corrupt


def rewrite_bytes(table: str, change):
    def corrupt(data):
        path = data / f"{table}.csv"
        path.write_bytes(change(path.read_bytes()))

    return corrupt


def replace_in_line(table: str, line: int, old: bytes, new: bytes):
    def change(raw: bytes) -> bytes:
        lines = raw.split(b"\n")
        assert old in lines[line - 1], f"{old!r} not in line {line} of {table}.csv"
        lines[line - 1] = lines[line - 1].replace(old, new, 1)
        return b"\n".join(lines)

    return rewrite_bytes(table, change)


def delete_file(name: str):
    return lambda data: (data / name).unlink()


def event_era_mismatch(data):
    path = data / "events.csv"
    rows = read_rows(path)
    rows[ROW]["date"] = "2025-06-01" if rows[ROW]["era"] != "since-2021" else "2017-06-01"
    rows[ROW]["date_precision"], rows[ROW]["time"], rows[ROW]["timezone"] = "day", "", ""
    write_rows(path, rows)


def lone_variant(data):
    path = data / "quotes.csv"
    rows = read_rows(path)
    index = next(i for i, r in enumerate(rows) if r["variant_group"])
    rows[index]["variant_group"] = "a-group-of-one"
    write_rows(path, rows)
    return index


def quote_in_group_line(data) -> int:
    rows = read_rows(data / "quotes.csv")
    return next(i for i, r in enumerate(rows) if r["variant_group"]) + 2


def disputed_without_note(data):
    path = data / "events.csv"
    rows = read_rows(path)
    rows[ROW]["confidence"], rows[ROW]["dispute_note"] = "disputed", ""
    write_rows(path, rows)


def minute_without_time(data):
    path = data / "events.csv"
    rows = read_rows(path)
    rows[ROW]["date_precision"], rows[ROW]["time"] = "minute", ""
    rows[ROW]["timezone"] = ""
    write_rows(path, rows)


def unbalanced_quote(data):
    path = data / "events.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    cells = read_rows(path)[ROW]
    cells["description"] = '"An opening quote that never closes'
    # write the row by hand so the stray quote reaches the file unescaped
    lines[LINE - 1] = ",".join(
        cells[h] if h == "description" else '"' + cells[h].replace('"', '""') + '"' for h in header
    )
    path.write_text("\n".join(lines), encoding="utf-8")


def extra_cell(data):
    path = data / "events.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[LINE - 1] += ",surplus"
    path.write_text("\n".join(lines), encoding="utf-8")


CASES = {
    "missing file": (delete_file("quotes.csv"), "quotes.csv", "-", "-"),
    "missing descriptor": (delete_file("datapackage.json"), "datapackage.json", "-", "-"),
    "empty file": (rewrite_bytes("figures", lambda raw: b""), "figures.csv", 1, "(header)"),
    "missing column": (drop_column("events", "confidence"), "events.csv", 1, "confidence"),
    "bad date": (set_cell("events", "date", "2018-13-45"), "events.csv", LINE, "date"),
    "date in words": (set_cell("quotes", "date", "June 18, 2018"), "quotes.csv", LINE, "date"),
    "future date": (set_cell("quotes", "date", "2999-01-01"), "quotes.csv", LINE, "date"),
    "future report": (
        set_cell("figures", "date_reported", "2999-01-01"),
        "figures.csv",
        LINE,
        "date_reported",
    ),
    "duplicate id": (copy_cell("events", "event_id", ROW - 1, ROW), "events.csv", LINE, "event_id"),
    "dangling source in event": (
        set_cell("events", "source_ids", "no-such-source"),
        "events.csv",
        LINE,
        "source_ids",
    ),
    "dangling source in quote": (
        set_cell("quotes", "source_id", "no-such-source"),
        "quotes.csv",
        LINE,
        "source_id",
    ),
    "dangling source in glossary": (
        set_cell("glossary", "source_id", "nowhere"),
        "glossary.csv",
        LINE,
        "source_id",
    ),
    "unknown enum": (
        set_cell("events", "confidence", "probably"),
        "events.csv",
        LINE,
        "confidence",
    ),
    "unknown actor group": (
        set_cell("events", "actor_group", "aliens"),
        "events.csv",
        LINE,
        "actor_group",
    ),
    "unbalanced quote": (unbalanced_quote, "events.csv", LINE, "description"),
    "script in text": (
        set_cell("quotes", "context", "Said <script>alert(1)</script> here"),
        "quotes.csv",
        LINE,
        "context",
    ),
    "onerror in text": (
        set_cell("sources", "title", 'x" onerror="alert(1)'),
        "sources.csv",
        LINE,
        "title",
    ),
    "non-utf8 bytes": (replace_in_line("events", LINE, b"a", b"\xe9"), "events.csv", LINE, None),
    "empty required": (set_cell("events", "title", ""), "events.csv", LINE, "title"),
    "era mismatch": (event_era_mismatch, "events.csv", LINE, "era"),
    "non-http url": (set_cell("sources", "url", "ftp://example.org/x"), "sources.csv", LINE, "url"),
    "number with comma": (set_cell("figures", "value", "2,342"), "figures.csv", LINE, "value"),
    "bad boolean": (set_cell("sources", "counted", "maybe"), "sources.csv", LINE, "counted"),
    "title note on a seen headline": (
        set_cell("sources", "title_note", "Our words"),
        "sources.csv",
        LINE,
        "title_note",
    ),
    "no-slug note without title note": (
        set_cell("sources", "title", NO_SLUG),
        "sources.csv",
        LINE,
        "title_note",
    ),
    "description after the no-slug note": (
        set_cell("sources", "title", f"{NO_SLUG} Case record"),
        "sources.csv",
        LINE,
        "title",
    ),
    "extra cell": (extra_cell, "events.csv", LINE, "-"),
    "disputed without note": (disputed_without_note, "events.csv", LINE, "dispute_note"),
    "minute without time": (minute_without_time, "events.csv", LINE, "time"),
    "title too long": (set_cell("events", "title", "x" * 200), "events.csv", LINE, "title"),
    "hand confirmed_by": (
        set_cell("events", "confirmed_by", "99"),
        "events.csv",
        LINE,
        "confirmed_by",
    ),
    "hand confidence": (
        set_cell("events", "confidence", "disputed"),
        "events.csv",
        LINE,
        "confidence",
    ),
    "evidence for unknown event": (
        set_cell("event_sources", "event_id", "no-such-event"),
        "event_sources.csv",
        LINE,
        "event_id",
    ),
    "evidence relation": (
        set_cell("event_sources", "relation", "probably"),
        "event_sources.csv",
        LINE,
        "relation",
    ),
    "evidence supports": (
        set_cell("event_sources", "supports", "rumour"),
        "event_sources.csv",
        LINE,
        "supports",
    ),
    "dangling correction": (
        set_cell("corrections", "item_id", "no-such-item"),
        "corrections.csv",
        LINE,
        "item_id",
    ),
    "correction of unknown table": (
        set_cell("corrections", "table", "nowhere"),
        "corrections.csv",
        LINE,
        "table",
    ),
    "dangling event in post history": (
        set_cell("post_history", "event_id", "no-such-event"),
        "post_history.csv",
        LINE,
        "event_id",
    ),
    "dangling quote in pair": (
        set_cell("quote_pairs", "left_quote_ids", "no-such-quote"),
        "quote_pairs.csv",
        LINE,
        "left_quote_ids",
    ),
    "dangling term in policy step": (
        set_cell("policy_steps", "terms", "Port of entry; No such term"),
        "policy_steps.csv",
        LINE,
        "terms",
    ),
    "empty list item": (
        set_cell("events", "source_ids", "crs-20191009-r43599;"),
        "events.csv",
        LINE,
        "source_ids",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_corruption_is_named(case, data_copy):
    corrupt, file, row, field = CASES[case]
    corrupt(data_copy)
    story, problems = validate(data_copy)
    errors = [p for p in problems if not p.warning]
    assert story is None, f"{case}: the corrupted data was accepted"
    named = [p for p in errors if p.file == file and str(p.row) == str(row)]
    assert named, f"{case}: nothing names {file}:{row}; got {[str(p) for p in errors]}"
    if field is not None:
        assert any(p.field == field for p in named), [str(p) for p in named]


def test_non_utf8_names_the_field_holding_the_byte(data_copy):
    rows = read_rows(data_copy / "events.csv")
    column = list(rows[ROW]).index("title")
    title = rows[ROW]["title"].encode()
    replace_in_line("events", LINE, title, title[:3] + b"\xff" + title[3:])(data_copy)
    _, problems = validate(data_copy)
    assert [p.field for p in problems if p.row == LINE] == [list(rows[ROW])[column]]


def test_lone_variant_group_is_named(data_copy):
    line = lone_variant(data_copy) + 2
    _, problems = validate(data_copy)
    assert any(
        p.file == "quotes.csv" and p.row == line and p.field == "variant_group" for p in problems
    ), [str(p) for p in problems]


def test_bom_and_crlf_from_a_spreadsheet_are_accepted(data_copy, story):
    rewrite_bytes("events", lambda raw: b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))(data_copy)
    loaded, problems = validate(data_copy)
    assert loaded is not None, [str(p) for p in problems]
    assert loaded.events == story.events
    warnings = {p.message for p in problems if p.warning and p.file == "events.csv"}
    assert any("byte-order mark" in w for w in warnings) and any("CRLF" in w for w in warnings)


def test_today_is_the_future_boundary(data_copy, story):
    latest = max(e.date for e in story.events)
    _, problems = read_story(data_copy, today=date.fromordinal(latest.toordinal() - 1))
    assert any(p.field == "date" and "future" in p.message for p in problems)


def _tree_digest(folder) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def test_cli_lists_problems_without_traceback_and_changes_nothing(data_copy):
    set_cell("events", "date", "2018-13-45")(data_copy)
    set_cell("quotes", "source_id", "no-such-source")(data_copy)
    before = _tree_digest(data_copy)
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "validate", str(data_copy)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert f"events.csv:{LINE}: date: " in result.stderr
    assert f"quotes.csv:{LINE}: source_id: " in result.stderr
    assert _tree_digest(data_copy) == before


def test_cli_summary_line_on_real_data(story):
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "validate"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("valid:") and f"{len(story.events)} events" in last
