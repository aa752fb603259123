"""Typed records for every table of the data package."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Era:
    era_id: str
    label: str
    start_date: date
    end_date: date
    description: str

    def contains(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date


@dataclass(frozen=True)
class ActorGroup:
    actor_group_id: str
    label: str
    description: str


# A source's title where nobody saw its headline and its address has no words to quote; its
# title_note then says what the source is.
NO_SLUG = "[headline not shown; no URL slug]"


@dataclass(frozen=True)
class Source:
    source_id: str
    publisher: str
    title: str
    title_note: str
    author: str
    date_published: date | None
    url: str
    archive_url: str
    kind: str
    counted: bool
    notes: str


@dataclass(frozen=True)
class Event:
    event_id: str
    date: date
    date_precision: str
    time: str
    timezone: str
    title: str
    description: str
    actor_group: str
    actors: str
    era: str
    confidence: str
    confirmed_by: int
    dispute_note: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Quote:
    quote_id: str
    speaker: str
    role: str
    date: date
    medium: str
    text: str
    context: str
    source_id: str
    variant_group: str
    variant_note: str
    translation: str = ""  # a language edition's translation, shown beside the verbatim text

    @property
    def source_ids(self) -> tuple[str, ...]:
        return (self.source_id,)


@dataclass(frozen=True)
class Figure:
    figure_id: str
    value: float
    qualifier: str
    unit: str
    category: str
    measure: str
    period_start: date | None
    period_end: date | None
    issuing_body: str
    date_reported: date
    source_ids: tuple[str, ...]
    dispute_note: str


@dataclass(frozen=True)
class GlossaryTerm:
    term: str  # the English term: the id that policy steps and the lesson refer to
    definition: str
    source_id: str
    translated_term: str = ""  # a language edition's name for it

    @property
    def shown_term(self) -> str:
        return self.translated_term or self.term

    @property
    def source_ids(self) -> tuple[str, ...]:
        return (self.source_id,)


@dataclass(frozen=True)
class QuoteCheck:
    check_id: str
    label: str
    pattern: str
    note: str


@dataclass(frozen=True)
class QuotePair:
    pair_id: str
    order: int
    question: str
    left_label: str
    left_quote_ids: tuple[str, ...]
    right_label: str
    right_quote_ids: tuple[str, ...]
    check_ids: tuple[str, ...]


@dataclass(frozen=True)
class PostHistoryStep:
    step: int
    state: str
    event_id: str
    note: str


@dataclass(frozen=True)
class PolicyStep:
    step: int
    title: str
    explanation: str
    event_ids: tuple[str, ...]
    quote_ids: tuple[str, ...]
    terms: tuple[str, ...]


@dataclass(frozen=True)
class EventSource:
    """One row of the evidence table: what one cited source does for one event."""

    event_id: str
    source_id: str
    supports: tuple[str, ...]
    relation: str
    original_report: str
    note: str
    supporting_words: str

    @property
    def key(self) -> str:
        return f"{self.event_id}|{self.source_id}"

    @property
    def counts_as(self) -> str:
        """The report this row counts for: its original for a relay or copy, else itself."""
        return self.original_report or self.source_id


@dataclass(frozen=True)
class Correction:
    """One entry of the public corrections log."""

    correction_id: str
    date: date
    table: str
    item_id: str
    field: str
    kind: str
    what_changed: str
    why: str
    source: str


RECORD_TYPES = {
    "eras": Era,
    "actor_groups": ActorGroup,
    "sources": Source,
    "events": Event,
    "quotes": Quote,
    "figures": Figure,
    "glossary": GlossaryTerm,
    "quote_checks": QuoteCheck,
    "quote_pairs": QuotePair,
    "post_history": PostHistoryStep,
    "policy_steps": PolicyStep,
    "event_sources": EventSource,
    "corrections": Correction,
}


def record_key(record) -> str:
    """The id a record is known by in problems: its own `key`, else its first field."""
    return getattr(record, "key", None) or str(next(iter(vars(record).values())))


@dataclass(frozen=True)
class Story:
    """Every table of the data package, validated, as typed records."""

    eras: tuple[Era, ...]
    actor_groups: tuple[ActorGroup, ...]
    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    glossary: tuple[GlossaryTerm, ...]
    quote_checks: tuple[QuoteCheck, ...] = ()
    quote_pairs: tuple[QuotePair, ...] = ()
    post_history: tuple[PostHistoryStep, ...] = ()
    policy_steps: tuple[PolicyStep, ...] = ()
    event_sources: tuple[EventSource, ...] = ()
    corrections: tuple[Correction, ...] = ()
    version: str = ""
    language: str = "en"
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def source(self, source_id: str) -> Source:
        if "sources" not in self._index:
            self._index["sources"] = {s.source_id: s for s in self.sources}
        return self._index["sources"][source_id]

    def quote(self, quote_id: str) -> Quote:
        if "quotes" not in self._index:
            self._index["quotes"] = {q.quote_id: q for q in self.quotes}
        return self._index["quotes"][quote_id]

    def event(self, event_id: str) -> Event:
        return next(e for e in self.events if e.event_id == event_id)

    def era(self, era_id: str) -> Era:
        return next(e for e in self.eras if e.era_id == era_id)

    def actor_group(self, group_id: str) -> ActorGroup:
        return next(g for g in self.actor_groups if g.actor_group_id == group_id)

    def evidence(self, event_id: str):
        """The event's evidence rows sorted into counted, copies, not counted and disagreeing.

        Returns an `explainer.evidence.EventEvidence`; see that module for the fields.
        """
        from explainer.data.evidence import event_evidence

        return event_evidence(self, event_id)

    def corrections_for(self, table: str, item_id: str) -> tuple[Correction, ...]:
        """Corrections log entries for one item (e.g. 'events', 'nadella-memo'), oldest first."""
        if "corrections" not in self._index:
            index: dict[tuple[str, str], list[Correction]] = {}
            for entry in sorted(self.corrections, key=lambda c: (c.date, c.correction_id)):
                index.setdefault((entry.table, entry.item_id), []).append(entry)
            self._index["corrections"] = {key: tuple(v) for key, v in index.items()}
        return self._index["corrections"].get((table, str(item_id)), ())

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in RECORD_TYPES}
