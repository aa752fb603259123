"""The public corrections log: the Corrections page, and the "Revised on" notes items carry.

Each entry of data/corrections.csv names a table and an item; the page lists every entry, newest
first, with a link to the item where the item has a place of its own on a page."""

from __future__ import annotations

from explainer.components.escaping import href, text
from explainer.components.formatting import format_day
from explainer.data.records import Correction, Story
from explainer.sections.glossary import term_slug
from explainer.site import url

KIND_LABELS = {
    "correction": "Correction",
    "clarification": "Clarification",
    "style": "Style",
}
TABLE_LABELS = {
    "events": "Timeline event",
    "quotes": "Quote",
    "figures": "Figure",
    "glossary": "Glossary term",
    "policy_steps": "Policy step",
    "eras": "Era",
    "actor_groups": "Timeline lane",
    "sources": "Source",
    "quote_pairs": "Quote comparison",
    "quote_checks": "Quote checklist item",
    "post_history": "Edit history step",
    "event_sources": "Evidence",
    "lesson": "Lesson",
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


def item_title(story: Story, table: str, item_id: str) -> str:
    """A reader's name for a corrected item (its title, term or speaker), else its id."""
    finders = {
        "events": lambda: story.event(item_id).title,
        "quotes": lambda: (
            f"{story.quote(item_id).speaker}, {format_day(story.quote(item_id).date)}"
        ),
        "glossary": lambda: next(
            g.term for g in story.glossary if term_slug(g.term) == term_slug(item_id)
        ),
        "policy_steps": lambda: next(s.title for s in story.policy_steps if str(s.step) == item_id),
        "figures": lambda: next(f.measure for f in story.figures if f.figure_id == item_id),
        "eras": lambda: story.era(item_id).label,
        "actor_groups": lambda: story.actor_group(item_id).label,
        "sources": lambda: f"{story.source(item_id).publisher}: {story.source(item_id).title}",
        "quote_pairs": lambda: next(p.question for p in story.quote_pairs if p.pair_id == item_id),
        "event_sources": lambda: "{}: {}".format(
            story.event(item_id.split("|")[0]).title,
            story.source(item_id.split("|")[1]).publisher,
        ),
        "quote_checks": lambda: next(c.label for c in story.quote_checks if c.check_id == item_id),
        "post_history": lambda: next(
            f"Step {h.step} ({h.state})" for h in story.post_history if str(h.step) == item_id
        ),
    }
    try:
        return finders[table]()
    except (KeyError, StopIteration):
        return item_id


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
            "kind": KIND_LABELS.get(entry.kind, entry.kind),
            "what": entry.what_changed,
            "href": f"{corrections}#{entry_anchor(entry)}",
        }
        for entry in story.corrections_for(table, str(item_id))
    ]


def corrections_html(story: Story, static: bool = False) -> str:
    """The corrections log as a page section: newest day first; on each day corrections, then
    clarifications, then wording-only style changes folded away."""
    order = {kind: i for i, kind in enumerate(KIND_LABELS)}
    entries = sorted(story.corrections, key=lambda c: (-c.date.toordinal(), order.get(c.kind, 9)))
    counts = {kind: sum(e.kind == kind for e in entries) for kind in KIND_LABELS}
    summary = ", ".join(f"{n} {KIND_LABELS[k].lower()}" for k, n in counts.items() if n)
    days = []
    for day in sorted({e.date for e in entries}, reverse=True):
        todays = [e for e in entries if e.date == day]
        facts = "".join(_entry_html(story, e, static) for e in todays if e.kind != "style")
        style = [e for e in todays if e.kind == "style"]
        folded = (
            f"<details><summary>{len(style)} style changes (wording only; no fact changed)"
            f'</summary><ul class="ex-corrections-list">'
            + "".join(_entry_html(story, e, static) for e in style)
            + "</ul></details>"
            if style
            else ""
        )
        days.append(
            f'<h2>{text(format_day(day))}</h2><ul class="ex-corrections-list">{facts}</ul>{folded}'
        )
    return (
        '<section class="ex-corrections" aria-label="Corrections log">'
        f"<p>{len(entries)} entries ({text(summary)}).</p>{''.join(days)}</section>"
    )


def _entry_html(story: Story, entry: Correction, static: bool) -> str:
    title = text(item_title(story, entry.table, entry.item_id))
    link = item_href(entry.table, entry.item_id, static)
    item = f'<a href="{href(link)}">{title}</a>' if link else title
    where = text(TABLE_LABELS.get(entry.table, entry.table))
    field = f" · field <code>{text(entry.field)}</code>" if entry.field else ""
    return (
        f'<li id="{text(entry_anchor(entry))}" class="ex-correction ex-kind-{text(entry.kind)}">'
        f'<p class="ex-correction-head"><span class="ex-badge">'
        f"{text(KIND_LABELS.get(entry.kind, entry.kind))}</span> "
        f'<time data-date="{entry.date.isoformat()}">{text(format_day(entry.date))}</time>'
        f" · {where}: {item}{field}</p>"
        f"<p><strong>What changed:</strong> {text(entry.what_changed)}</p>"
        f"<p><strong>Why:</strong> {text(entry.why)}</p>"
        + (
            f"<p><strong>Source:</strong> {_sources_html(story, entry.source)}</p>"
            if entry.source
            else ""
        )
        + "</li>"
    )


def _sources_html(story: Story, field: str) -> str:
    """Each source id as a link to the source; any other note (a research-notes section) as text."""
    parts = []
    for token in (t.strip() for t in field.split(";")):
        if not token:
            continue
        try:
            source = story.source(token)
        except KeyError:
            parts.append(text(token))
            continue
        parts.append(f'<a href="{href(source.url)}">{text(source.publisher)}</a>')
    return "; ".join(parts)
