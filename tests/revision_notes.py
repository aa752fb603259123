"""Checks shared by the browser tests of the "Revised on" notes."""

from __future__ import annotations

from explainer.components.formatting import format_day
from explainer.sections.corrections import entry_anchor, page_href


def corrected_ids(story, table: str) -> list[str]:
    """Ids of the items of one table that the corrections log names, sorted."""
    return sorted({c.item_id for c in story.corrections if c.table == table})


def check_notes(notes, story, table: str, item_id: str, edition) -> None:
    """The notes show each log entry's date and change, linking to it on this edition's page."""
    entries = story.corrections_for(table, item_id)
    assert entries, (table, item_id)
    text = notes.inner_text()
    page = page_href("corrections", static=edition.name == "static")
    links = notes.locator("a.ex-revised")
    assert links.count() == len(entries)
    for index, entry in enumerate(entries):
        assert f"Revised on {format_day(entry.date)}" in text
        assert entry.what_changed in text
        href = links.nth(index).get_attribute("href")
        assert href.endswith(f"/{page}#{entry_anchor(entry)}"), href
