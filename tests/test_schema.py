"""The descriptor is the one statement of the schema: list fields, dates and references."""

from __future__ import annotations

from datetime import date

import pytest
from test_data_corruptions import LINE, set_cell

from explainer.data.loading import read_story
from explainer.data.schema import read_descriptor
from explainer.paths import DATA_DIR


def test_list_fields_of_the_descriptor_load_as_tuples(story):
    _, specs = read_descriptor(DATA_DIR)
    lists = [(spec.name, f.name) for spec in specs for f in spec.fields if f.type == "list"]
    assert {("events", "source_ids"), ("event_sources", "supports")} <= set(lists)
    for table, field in lists:
        values = [getattr(record, field) for record in getattr(story, table)]
        assert values and all(isinstance(value, tuple) for value in values), (table, field)
        assert all(item == item.strip() and item for value in values for item in value)


@pytest.mark.parametrize(
    "table, field, value",
    [
        ("events", "era", "no-such-era"),
        ("quotes", "source_id", "no-such-source"),
        ("post_history", "event_id", "no-such-event"),
        ("policy_steps", "quote_ids", "no-such-quote"),
    ],
)
def test_loading_names_a_dangling_reference(data_copy, table, field, value):
    """Loading (no frictionless) stops with file:row:field, before any page looks the id up."""
    set_cell(table, field, value)(data_copy)
    story, problems = read_story(data_copy)
    assert story is None
    assert any(
        (p.file, p.row, p.field) == (f"{table}.csv", LINE, field)
        and f"'{value}' is not in" in p.message
        for p in problems
    ), [str(p) for p in problems]


def test_only_dates_marked_allow_future_may_be_after_today(data_copy):
    _, problems = read_story(data_copy, today=date(2019, 1, 1))
    future = {(p.file, p.field) for p in problems if "is in the future" in p.message}
    assert ("eras.csv", "start_date") in future
    assert ("eras.csv", "end_date") not in future
