"""Reader-facing wording for dates, times, confidence and sources, in the page's language."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from explainer.components.escaping import plain_text
from explainer.components.i18n import (
    ENGLISH,
    N_,
    _,
    current_language,
    format_number,
    month_name,
    ngettext,
)
from explainer.data.records import NO_SLUG, Event, Source, Story

EASTERN = ZoneInfo("America/New_York")
ZONES = {
    "ET": "America/New_York",
    "EDT": "America/New_York",
    "EST": "America/New_York",
    "PT": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "UTC": "UTC",
    "GMT": "UTC",
}
# What an event's confidence says in full (English msgids; `confidence_label` shows them).
CONFIDENCE_LABELS = {
    "confirmed": "Confirmed by {n} outlets or records",  # a plural: see confidence_label
    "single-source": N_("Single source"),
    "disputed": N_("Disputed"),
}
SOURCE_KINDS = {
    "news-report": N_("news report"),
    "official-document": N_("official document"),
    "blog-or-essay": N_("blog or essay"),
    "reference": N_("reference"),
    "court-record": N_("court record"),
    "company-statement": N_("company statement"),
}


def format_day(day: date, precision: str = "day") -> str:
    """'18 June 2018', 'June 2018' or '2018', by precision ('18 de junio de 2018' in Spanish)."""
    if precision == "year":
        return str(day.year)
    month = month_name(day)
    if precision == "month":
        # Translators: a month and its year, e.g. "June 2018".
        return _("{month} {year}").format(month=month, year=day.year)
    # Translators: a date, e.g. "18 June 2018" ({month} is the month's name, lower case in Spanish).
    return _("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


def format_clock(clock: str) -> str:
    """'13:00' -> '1:00 p.m.'"""
    hours, minutes = (int(part) for part in clock.split(":"))
    suffix = "a.m." if hours < 12 else "p.m."
    return f"{(hours - 1) % 12 + 1}:{minutes:02d} {suffix}"


def event_when(event: Event) -> str:
    """The event's date at its precision, with the time and zone the source reported."""
    text = format_day(event.date, event.date_precision)
    if event.time:  # the zone as the source labelled it; words it quotes lose their [[ ]] here
        text += f", {format_clock(event.time)} {plain_text(event.timezone)}"
    return text


def zone_of(label: str) -> ZoneInfo:
    """The time zone named by the first word of a source's label (e.g. 'PST (as printed)')."""
    first = label.split()[0].strip("(),;").upper() if label else "ET"
    return ZoneInfo(ZONES.get(first, "America/New_York"))


def event_instant(event: Event) -> datetime:
    """Where the event sits on the time axis, in Eastern time (noon for whole days)."""
    if event.time:
        hours, minutes = (int(part) for part in event.time.split(":"))
        local = datetime.combine(event.date, time(hours, minutes), zone_of(event.timezone))
        return local.astimezone(EASTERN).replace(tzinfo=None)
    return datetime.combine(event.date, time(12, 0))


def confidence_label(confidence: str, confirmed_by: int) -> str:
    """'Confirmed by 3 outlets or records', 'Single source' or 'Disputed'."""
    if confidence == "confirmed":
        return ngettext(
            "Confirmed by {n} outlet or record", "Confirmed by {n} outlets or records", confirmed_by
        ).format(n=format_number(confirmed_by))
    return _(CONFIDENCE_LABELS[confidence])


def confidence_text(event: Event) -> str:
    label = confidence_label(event.confidence, event.confirmed_by)
    if event.dispute_note:
        label += f". {event.dispute_note}"
    return label


# Our note for a headline nobody saw, naming the words of its web address instead.
UNSEEN_HEADLINE = re.compile(r'\[headline not shown; URL slug "(.+)"\]')


def shown_headline(source: Source) -> str:
    """A source's headline as printed; our note for an unseen one, in the page's language (an
    address's words kept in English, in [[ ]]), followed by our description where it has one."""
    if source.title == NO_SLUG:
        note = _("[headline not shown; no URL slug]")
        return f"{note} {source.title_note}".rstrip()
    unseen = UNSEEN_HEADLINE.fullmatch(source.title)
    if unseen is None or current_language() == ENGLISH:
        return source.title
    return _('[headline not shown; URL slug "{slug}"]').format(slug=f"[[{unseen[1]}]]")


def is_our_note(title: str) -> bool:
    """Whether a source's title is our note in place of a headline nobody saw."""
    return title == NO_SLUG or UNSEEN_HEADLINE.fullmatch(title) is not None


def source_record(source: Source) -> dict:
    """A plain dict of what a citation shows: publisher, headline, date, links and caveats."""
    return {
        "id": source.source_id,
        "publisher": source.publisher,
        "title": shown_headline(source),
        "author": source.author,
        "date": format_day(source.date_published) if source.date_published else _("date not shown"),
        "url": source.url,
        "archive_url": source.archive_url,
        "kind": _(SOURCE_KINDS[source.kind])
        if source.kind in SOURCE_KINDS
        else source.kind.replace("-", " "),
        "counted": source.counted,
        "notes": source.notes,
    }


def citations(story: Story, source_ids) -> list[dict]:
    return [source_record(story.source(source_id)) for source_id in source_ids]


def data_credit(story: Story) -> str:
    """The source line an exported chart or table carries: the explainer and its data version."""
    return _(
        "Source: Microsoft, ICE and the family separations of June 2018, a sourced explainer "
        "(data version {version}, CC BY 4.0)"
    ).format(version=story.version)
