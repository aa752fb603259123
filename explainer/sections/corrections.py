"""The public corrections log: the Corrections page, and the "Revised on" notes items carry.

Each entry of data/corrections.csv names a table and an item; the page lists every entry, newest
first, with a link to the item where the item has a place of its own on a page."""

from __future__ import annotations

from explainer.components.escaping import href, in_english, rich_text, text
from explainer.components.formatting import format_day, is_our_note, shown_headline
from explainer.components.i18n import N_, _, format_number, ngettext
from explainer.data.records import Correction, Source, Story
from explainer.sections.glossary import term_slug
from explainer.site import url

# The kinds of entry (corrections.kind), English msgids: show them with `_()`.
KIND_LABELS = {
    "correction": N_("Correction"),
    "clarification": N_("Clarification"),
    "style": N_("Style"),
}
TABLE_LABELS = {
    "events": N_("Timeline event"),
    "quotes": N_("Quote"),
    "figures": N_("Figure"),
    "glossary": N_("Glossary term"),
    "policy_steps": N_("Policy step"),
    "eras": N_("Era"),
    "actor_groups": N_("Timeline lane"),
    "sources": N_("Source"),
    "quote_pairs": N_("Quote comparison"),
    "quote_checks": N_("Quote checklist item"),
    "post_history": N_("Edit history step"),
    "event_sources": N_("Evidence"),
    "lesson": N_("Lesson"),
}
# The states of the January post's ICE passage (post_history.state), as an item's name says them.
POST_STATES = {
    "published": N_("published"),
    "present": N_("present"),
    "removed": N_("removed"),
    "restored": N_("restored"),
    "explained": N_("explained"),
}
# Where an item of each table is shown: (page, query parameter naming it, or "").
ITEM_PAGES = {
    "events": ("timeline", "event"),
    "event_sources": ("timeline", ""),
    "post_history": ("timeline", ""),
    "eras": ("timeline", ""),
    "actor_groups": ("timeline", ""),
    "quotes": ("quotes", ""),
    "quote_pairs": ("quotes", "pair"),
    "quote_checks": ("quotes", ""),
    "figures": ("policy", ""),
    "glossary": ("policy", "term"),
    "policy_steps": ("policy", "step"),
    "lesson": ("lesson", ""),
}


def page_href(page: str, static: bool) -> str:
    """A page's address relative to another page of the same edition."""
    return url(page, "static" if static else "voila")


def entry_anchor(entry: Correction) -> str:
    return f"correction-{entry.correction_id}"


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def source_title_html(source: Source) -> str:
    """A source's publisher and headline, marked lang="en"; our note for a headline nobody saw
    is in the page's language."""
    if is_our_note(source.title):
        return f"{in_english(text(source.publisher))}: {rich_text(shown_headline(source))}"
    return in_english(text(f"{source.publisher}: {source.title}"))


def item_title_html(story: Story, table: str, item_id: str) -> str:
    """A reader's name for a corrected item (its title, term or speaker), else its id, as HTML:
    words a translation keeps in English, and a source's publisher and title, marked lang="en"."""
    finders = {
        "events": lambda: rich_text(story.event(item_id).title),
        "quotes": lambda: text(_("{speaker}, {date}")).format(
            speaker=text(story.quote(item_id).speaker),  # translated with its description
            date=text(format_day(story.quote(item_id).date)),
        ),
        "glossary": lambda: next(
            rich_text(g.shown_term)
            for g in story.glossary
            if term_slug(g.term) == term_slug(item_id)
        ),
        "policy_steps": lambda: next(
            rich_text(s.title) for s in story.policy_steps if str(s.step) == item_id
        ),
        "figures": lambda: next(
            rich_text(f.measure) for f in story.figures if f.figure_id == item_id
        ),
        "eras": lambda: rich_text(story.era(item_id).label),
        "actor_groups": lambda: rich_text(story.actor_group(item_id).label),
        "sources": lambda: source_title_html(story.source(item_id)),
        "quote_pairs": lambda: next(
            rich_text(p.question) for p in story.quote_pairs if p.pair_id == item_id
        ),
        "event_sources": lambda: "{}: {}".format(
            rich_text(story.event(item_id.split("|")[0]).title),
            in_english(text(story.source(item_id.split("|")[1]).publisher)),
        ),
        "quote_checks": lambda: next(
            rich_text(c.label) for c in story.quote_checks if c.check_id == item_id
        ),
        "post_history": lambda: next(
            text(
                _("Step {step} ({state})").format(
                    step=h.step, state=_(POST_STATES.get(h.state, h.state))
                )
            )
            for h in story.post_history
            if str(h.step) == item_id
        ),
    }
    try:
        return finders[table]()
    except (KeyError, StopIteration):
        return text(item_id)


def item_href(table: str, item_id: str, static: bool) -> str:
    page, parameter = ITEM_PAGES.get(table, ("", ""))
    if not page:
        return ""
    name = term_slug(item_id) if table == "glossary" else item_id
    query = f"?{parameter}={name}" if parameter else ""
    return page_href(page, static) + query


def revisions(story: Story, table: str, item_id: str, static: bool = False) -> list[dict]:
    """The "Revised on" notes of one item, for a view model: date, what changed, link."""
    corrections = page_href("corrections", static)
    return [
        {
            "date": format_day(entry.date),
            "kind": kind_label(entry.kind),
            "what": entry.what_changed,
            "href": f"{corrections}#{entry_anchor(entry)}",
        }
        for entry in story.corrections_for(table, str(item_id))
    ]


def kind_count(kind: str, n: int) -> str:
    """'79 correction' (the log's summary names each kind after its count)."""
    # Translators: the corrections log's summary, e.g. "259 entries (79 correction, 31
    # clarification, 149 style)": each kind's name after its count; in English it stays singular.
    counts = {
        "correction": ngettext("{n} correction", "{n} correction", n),
        "clarification": ngettext("{n} clarification", "{n} clarification", n),
        "style": ngettext("{n} style", "{n} style", n),
    }
    return counts[kind].format(n=format_number(n))


def corrections_html(story: Story, static: bool = False) -> str:
    """The corrections log as a page section: newest day first; on each day corrections, then
    clarifications, then wording-only style changes folded away."""
    order = {kind: i for i, kind in enumerate(KIND_LABELS)}
    entries = sorted(story.corrections, key=lambda c: (-c.date.toordinal(), order.get(c.kind, 9)))
    counts = {kind: sum(e.kind == kind for e in entries) for kind in KIND_LABELS}
    summary = ", ".join(kind_count(k, n) for k, n in counts.items() if n)
    days = []
    for day in sorted({e.date for e in entries}, reverse=True):
        todays = [e for e in entries if e.date == day]
        facts = "".join(_entry_html(story, e, static) for e in todays if e.kind != "style")
        style = [e for e in todays if e.kind == "style"]
        folded_summary = ngettext(
            "{n} style change (wording only; no fact changed)",
            "{n} style changes (wording only; no fact changed)",
            len(style),
        ).format(n=format_number(len(style)))
        folded = (
            f"<details><summary>{text(folded_summary)}"
            f'</summary><ul class="ex-corrections-list">'
            + "".join(_entry_html(story, e, static) for e in style)
            + "</ul></details>"
            if style
            else ""
        )
        days.append(
            f'<h2>{text(format_day(day))}</h2><ul class="ex-corrections-list">{facts}</ul>{folded}'
        )
    count = ngettext("{n} entry ({summary}).", "{n} entries ({summary}).", len(entries))
    log = text(_("Corrections log"))
    return (
        f'<section class="ex-corrections" aria-label="{log}">'
        f"<p>{text(count.format(n=format_number(len(entries)), summary=summary))}</p>"
        f"{''.join(days)}</section>"
    )


def _entry_html(story: Story, entry: Correction, static: bool) -> str:
    title = item_title_html(story, entry.table, entry.item_id)
    link = item_href(entry.table, entry.item_id, static)
    item = f'<a href="{href(link)}">{title}</a>' if link else title
    where = text(_(TABLE_LABELS[entry.table]) if entry.table in TABLE_LABELS else entry.table)
    field = ""
    if entry.field:
        code = f"<code>{in_english(text(entry.field))}</code>"
        field = " · " + text(_("field {name}")).format(name=code)
    what, why, source = (text(_(w)) for w in (N_("What changed:"), N_("Why:"), N_("Source:")))
    return (
        f'<li id="{text(entry_anchor(entry))}" class="ex-correction ex-kind-{text(entry.kind)}">'
        f'<p class="ex-correction-head"><span class="ex-badge">'
        f"{text(kind_label(entry.kind))}</span> "
        f'<time data-date="{entry.date.isoformat()}">{text(format_day(entry.date))}</time>'
        f" · {where}: {item}{field}</p>"
        f"<p><strong>{what}</strong> {rich_text(entry.what_changed)}</p>"
        f"<p><strong>{why}</strong> {rich_text(entry.why)}</p>"
        + (
            f"<p><strong>{source}</strong> {_sources_html(story, entry.source)}</p>"
            if entry.source
            else ""
        )
        + "</li>"
    )


def _sources_html(story: Story, field: str) -> str:
    """Each source id as a link named by its publisher; any other note (a research-notes
    section) as text. Both stay in English."""
    parts = []
    for token in (t.strip() for t in field.split(";")):
        if not token:
            continue
        try:
            source = story.source(token)
        except KeyError:
            parts.append(in_english(text(token)))
            continue
        parts.append(f'<a href="{href(source.url)}">{in_english(text(source.publisher))}</a>')
    return "; ".join(parts)
