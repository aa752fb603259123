"""Evidence behind each event, and the confidence computed from it.

`data/event_sources.csv` has one row per (event, cited source). Its `relation` says how the
source counts:

- `counted`: an independent report that supports the event;
- `relay` / `copy`: repeats another report, named in `original_report`; every row that shares
  an original (and the original's own row, if cited) counts once;
- `disagrees`: a counted source that contradicts the event or a detail of it; it makes the
  event disputed, and still counts toward `confirmed_by` when its `supports` include `event`;
- `not-counted`: cited for context or wording, or not independent (the note says why).

The rule: any `disagrees` row gives "disputed"; otherwise two or more counted reports give
"confirmed" and one gives "single-source". Views use `event_evidence` (or `Story.evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.data.records import Event, EventSource, Story

RELAYING = ("relay", "copy")


def rows_for(story: Story, event_id: str) -> tuple[EventSource, ...]:
    """The evidence rows of one event, in table order."""
    return tuple(row for row in story.event_sources if row.event_id == event_id)


def counting(rows) -> list[EventSource]:
    """Rows that count toward confirmation (before merging relays of one report)."""
    return [
        r
        for r in rows
        if r.relation in ("counted", *RELAYING)
        or (r.relation == "disagrees" and "event" in r.supports)
    ]


def counted_reports(rows) -> list[str]:
    """Distinct reports that confirm the event: a relay or copy counts with its original."""
    seen: list[str] = []
    for row in counting(rows):
        if row.counts_as not in seen:
            seen.append(row.counts_as)
    return seen


def computed_confidence(rows) -> tuple[str, int]:
    """(label, confirmed_by) computed from an event's evidence rows."""
    count = len(counted_reports(rows))
    if any(r.relation == "disagrees" for r in rows):
        return "disputed", count
    return ("confirmed" if count >= 2 else "single-source"), count


@dataclass(frozen=True)
class EventEvidence:
    """What an event card needs: which sources count, which are copies, which do not, and why.

    `counted` are independent reports; `copies` are relays and copies (each with
    `original_report`); `not_counted` carry their reason in `note`; `disagreeing` say what
    they contradict in `note`. `label` and `confirmed_by` are computed, not hand-entered.
    """

    event: Event
    counted: tuple[EventSource, ...]
    copies: tuple[EventSource, ...]
    not_counted: tuple[EventSource, ...]
    disagreeing: tuple[EventSource, ...]
    label: str
    confirmed_by: int

    @property
    def rows(self) -> tuple[EventSource, ...]:
        return self.counted + self.copies + self.disagreeing + self.not_counted


def event_evidence(story: Story, event_id: str) -> EventEvidence:
    """Sort one event's evidence rows for display and compute its confidence."""
    rows = rows_for(story, event_id)
    label, count = computed_confidence(rows)

    def pick(*relations: str) -> tuple[EventSource, ...]:
        return tuple(r for r in rows if r.relation in relations)

    return EventEvidence(
        event=story.event(event_id),
        counted=pick("counted"),
        copies=pick(*RELAYING),
        not_counted=pick("not-counted"),
        disagreeing=pick("disagrees"),
        label=label,
        confirmed_by=count,
    )
