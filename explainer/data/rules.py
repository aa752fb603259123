"""Rules a table schema cannot state: dates, variants, eras, evidence, corrections, plain text.

Types, required values, keys, enums, patterns and lengths are the descriptor's (checked by
frictionless in `validate`); references are checked from the descriptor by `references.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from explainer.data import evidence
from explainer.data.problems import Problem
from explainer.data.records import NO_SLUG, RECORD_TYPES, Story, record_key
from explainer.data.references import reference_problems
from explainer.data.schema import TableSpec

RECORD_TABLES = tuple(RECORD_TYPES)

MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]|\bon[a-z]+\s*=|javascript:", re.IGNORECASE)
NOT_SHOWN_AS_TEXT = {"url", "pattern"}
TEXT_FIELD_TYPES = (str,)


def check_story(
    story: Story,
    specs: tuple[TableSpec, ...],
    lines: dict[str, dict[str, int]],
    today: date,
    loaded: set[str] | None = None,
) -> list[Problem]:
    """Return every reference and rule broken; `lines` maps table -> record id -> CSV line.

    `loaded` names the tables that read cleanly; checks that need a table which did not
    are skipped, so one broken file does not bury the report in knock-on errors.
    """
    loaded = set(RECORD_TABLES) if loaded is None else loaded
    checker = _Checker(story, specs, lines, today, loaded)
    return reference_problems(story, specs, lines, loaded) + checker.run()


class _Checker:
    def __init__(self, story, specs, lines, today, loaded):
        self.loaded = loaded
        self.specs = {spec.name: spec for spec in specs}
        self.story = story
        self.lines = lines
        self.today = today
        self.problems: list[Problem] = []

    def add(self, table: str, record_id: str, field: str, message: str) -> None:
        line = self.lines.get(table, {}).get(record_id, "-")
        self.problems.append(Problem(f"{table}.csv", line, field, message))

    def run(self) -> list[Problem]:
        self.check_dates()
        self.check_variants()
        if "eras" in self.loaded:
            self.check_events()
        self.check_patterns()
        self.check_title_notes()
        if {"events", "sources", "event_sources"} <= self.loaded:
            self.check_evidence()
        if "corrections" in self.loaded:
            self.check_corrections()
        self.check_plain_text()
        return self.problems

    def records(self, table: str):
        for record in getattr(self.story, table):
            yield _record_id(record), record

    def check_dates(self) -> None:
        """No date after today, unless the descriptor says `allowFuture`; periods run forward."""
        for table, spec in self.specs.items():
            fields = [f.name for f in spec.fields_of_type("date") if not f.allow_future]
            for record_id, record in self.records(table):
                for field in fields:
                    value = getattr(record, field)
                    if value and value > self.today:
                        self.add(table, record_id, field, f"{value} is in the future")
        for record_id, figure in self.records("figures"):
            start, end = figure.period_start, figure.period_end
            if start and end and start > end:
                self.add("figures", record_id, "period_end", "period ends before it starts")
        for record_id, era in self.records("eras"):
            if era.start_date > era.end_date:
                self.add("eras", record_id, "end_date", "era ends before it starts")

    def check_variants(self) -> None:
        sizes = Counter(q.variant_group for q in self.story.quotes if q.variant_group)
        for record_id, quote in self.records("quotes"):
            if quote.variant_group and sizes[quote.variant_group] < 2:
                message = (
                    f"variant group '{quote.variant_group}' has only this member; needs two or more"
                )
                self.add("quotes", record_id, "variant_group", message)

    def check_events(self) -> None:
        eras = {e.era_id: e for e in self.story.eras}
        for record_id, event in self.records("events"):
            era = eras.get(event.era)
            if era is not None and not era.contains(event.date):
                span = f"{era.start_date} to {era.end_date}"
                self.add(
                    "events",
                    record_id,
                    "era",
                    f"{event.date} is outside era '{era.era_id}' ({span})",
                )
            self.check_precision(record_id, event)
            self.check_confidence(record_id, event)

    def check_precision(self, record_id, event) -> None:
        precision, day = event.date_precision, event.date
        if precision == "month" and day.day != 1:
            self.add("events", record_id, "date", "month precision: use the first day of the month")
        if precision == "year" and (day.month, day.day) != (1, 1):
            self.add("events", record_id, "date", "year precision: use January 1")
        if precision == "minute" and not event.time:
            self.add("events", record_id, "time", "minute precision needs the reported time")
        if event.time and precision != "minute":
            self.add("events", record_id, "date_precision", "a time is given, so use minute")
        if event.time and not event.timezone:
            self.add("events", record_id, "timezone", "a time needs the time zone the source gave")

    def check_confidence(self, record_id, event) -> None:
        if event.confidence == "disputed" and not event.dispute_note:
            self.add(
                "events", record_id, "dispute_note", "disputed events must say what disputes them"
            )
        if event.confidence == "single-source" and event.confirmed_by != 1:
            self.add("events", record_id, "confirmed_by", "single-source means confirmed_by is 1")
        if event.confidence == "confirmed" and event.confirmed_by < 2:
            self.add("events", record_id, "confirmed_by", "confirmed needs two or more outlets")

    def check_patterns(self) -> None:
        for record_id, check in self.records("quote_checks"):
            try:
                re.compile(check.pattern)
            except re.error as err:
                self.add("quote_checks", record_id, "pattern", f"not a valid pattern: {err}")

    def check_title_notes(self) -> None:
        """Our description of a source (title_note) goes with the no-slug note, and only there."""
        for record_id, source in self.records("sources"):
            if source.title == NO_SLUG and not source.title_note.strip():
                message = f"title is {NO_SLUG}: say in title_note what the source is"
                self.add("sources", record_id, "title_note", message)
            elif source.title.startswith(f"{NO_SLUG} "):
                message = f"put the words after {NO_SLUG} in title_note"
                self.add("sources", record_id, "title", message)
            elif source.title != NO_SLUG and source.title_note:
                message = f"only a source whose title is {NO_SLUG} has a title_note"
                self.add("sources", record_id, "title_note", message)

    def check_evidence(self) -> None:
        """event_sources.csv matches the events' citations, and hand labels match the rule."""
        events = {e.event_id: e for e in self.story.events}
        sources = {s.source_id: s for s in self.story.sources}
        for key, row in self.records("event_sources"):
            self.check_evidence_row(key, row, events, sources)
        for event_id, event in self.records("events"):
            rows = evidence.rows_for(self.story, event_id)
            listed = {r.source_id for r in rows}
            for source_id in event.source_ids:
                if source_id not in listed:
                    message = f"source '{source_id}' has no row in event_sources.csv"
                    self.add("events", event_id, "source_ids", message)
            if rows:
                self.check_computed(event_id, event, rows)

    def check_evidence_row(self, key, row, events, sources) -> None:
        table = "event_sources"
        event, source = events.get(row.event_id), sources.get(row.source_id)
        if event is not None and source is not None and row.source_id not in event.source_ids:
            message = f"'{row.source_id}' is not among the source_ids of event '{row.event_id}'"
            self.add(table, key, "source_id", message)
        if row.relation in ("counted", "relay", "copy") and not row.supports:
            self.add(table, key, "supports", "say what the source supports (e.g. event; date)")
        relaying = row.relation in evidence.RELAYING
        if relaying and not row.original_report:
            message = f"a {row.relation} must name the report it repeats in original_report"
            self.add(table, key, "original_report", message)
        if not relaying and row.original_report:
            message = "original_report is only for relation relay or copy"
            self.add(table, key, "original_report", message)
        if row.original_report == row.source_id:
            self.add(table, key, "original_report", "a source cannot relay itself")
        if row.relation in ("counted", "disagrees") and source is not None and not source.counted:
            message = (
                f"source '{row.source_id}' has counted = no in sources.csv; "
                "use not-counted, relay or copy"
            )
            self.add(table, key, "relation", message)
        if row.relation != "counted" and not row.note:
            self.add(table, key, "note", f"a {row.relation} row must say why in its note")

    def check_computed(self, event_id, event, rows) -> None:
        label, count = evidence.computed_confidence(rows)
        reports = ", ".join(evidence.counted_reports(rows)) or "none"
        if event.confidence != label:
            message = (
                f"says '{event.confidence}' but event_sources.csv gives '{label}' "
                f"({count} counted report(s): {reports})"
            )
            self.add("events", event_id, "confidence", message)
        if event.confirmed_by != count:
            message = (
                f"says {event.confirmed_by} but event_sources.csv gives {count} counted "
                f"report(s): {reports} (a relay or copy counts with its original)"
            )
            self.add("events", event_id, "confirmed_by", message)

    def check_corrections(self) -> None:
        for key, entry in self.records("corrections"):
            # an unknown table breaks the descriptor's enum, which frictionless reports
            if entry.table not in self.loaded or entry.table == "corrections":
                continue
            ids = {record_id for record_id, _ in self.records(entry.table)}
            if entry.item_id not in ids:
                message = f"'{entry.item_id}' is not in {entry.table}.csv"
                self.add("corrections", key, "item_id", message)
            fields = self.specs[entry.table].field_names
            if entry.field and entry.field not in fields:
                message = f"'{entry.field}' is not a field of {entry.table}.csv"
                self.add("corrections", key, "field", message)

    def check_plain_text(self) -> None:
        """Reader-facing text holds no markup (addresses and checklist regexes are not text)."""
        for table in RECORD_TABLES:
            for record_id, record in self.records(table):
                for field, value in vars(record).items():
                    match = isinstance(value, TEXT_FIELD_TYPES) and MARKUP.search(value)
                    if match and field not in NOT_SHOWN_AS_TEXT:
                        found = value[match.start() : match.start() + 16]
                        message = f"contains markup ('{found}'); data text must be plain"
                        self.add(table, record_id, field, message)


def _record_id(record) -> str:
    return record_key(record)
