"""The timeline's builders, without a kernel or a browser."""

from __future__ import annotations

import json
from datetime import datetime

from explainer.components.formatting import event_instant, event_when, format_clock
from explainer.sections.timeline import (
    RING,
    event_rows,
    lanes,
    timeline_figure,
    timeline_view,
    zoom_presets,
)


def test_one_trace_per_lane_and_the_ring_is_a_hidden_pixel_shape(story):
    figure = timeline_figure(story)
    assert [t.meta["lane"] for t in figure.data] == [g.actor_group_id for g in story.actor_groups]
    assert sum(len(t.x) for t in figure.data) == len(story.events)
    rings = [s for s in figure.layout.shapes if s.name == RING]
    assert len(rings) == 1 and rings[0].visible is False and rings[0].xsizemode == "pixel"


def test_every_event_is_in_its_own_lane(story):
    figure = timeline_figure(story)
    placed = {}
    for trace in figure.data:
        for custom in trace.customdata or ():
            placed[custom[0]] = trace.meta["lane"]
    assert placed == {e.event_id: e.actor_group for e in story.events}


def test_lanes_have_distinct_colours_and_shapes(story):
    styles = lanes(story)
    assert len({s["color"] for s in styles}) == len(styles)
    assert len({s["symbol"] for s in styles}) == len(styles)


def test_eras_are_shaded(story):
    shapes = [s for s in timeline_figure(story).layout.shapes if s.name != RING]
    assert len(shapes) == len(story.eras) and all(s.type == "rect" for s in shapes)


def test_rows_are_in_date_order_and_cite_sources(story):
    rows = event_rows(story)
    instants = [datetime.fromisoformat(r["x"]) for r in rows]
    assert instants == sorted(instants)
    assert all(
        r["sources"] and all(s["url"].startswith("http") for s in r["sources"]) for r in rows
    )


def test_reported_times_are_placed_in_eastern_time(story):
    timed = [e for e in story.events if e.time]
    assert timed, "the data should carry at least one event with a reported time"
    for event in timed:
        instant = event_instant(event)
        assert instant.date() == event.date or abs((instant.date() - event.date).days) == 1
        assert event.time.split(":")[1] == f"{instant.minute:02d}"
        assert event.timezone in event_when(event)


def test_format_clock():
    assert format_clock("13:00") == "1:00 p.m."
    assert format_clock("09:50") == "9:50 a.m."
    assert format_clock("00:05") == "12:05 a.m."


def test_june_2018_preset_covers_the_crisis_week(story):
    preset = next(p for p in zoom_presets(story) if p["id"] == "june-2018")
    start, end = (datetime.fromisoformat(x) for x in preset["range"])
    inside = [e for e in story.events if start <= event_instant(e) <= end]
    assert len(inside) >= 6


def test_view_model_is_plain_json(story):
    view = timeline_view(story)
    json.dumps(view)  # raises if anything is not plain JSON
    assert len(view["events"]) == len(story.events)
    assert "plotly.com" not in json.dumps(view["config"])
    assert "images" not in view["figure"]["layout"], "the figure must not load images"


def test_pages_load_the_small_pinned_plotly_build():
    import os

    from explainer.delivery.assets import BASIC_PLOTLY_JS, plotly_js

    if os.environ.get("CI") or BASIC_PLOTLY_JS.is_file():
        assert plotly_js() == BASIC_PLOTLY_JS, "make should have run npm ci"
        assert plotly_js().stat().st_size < 2_000_000


def test_served_plotly_js_carries_the_compile_hint_and_is_otherwise_unchanged(tmp_path):
    from explainer.delivery.assets import COMPILE_HINT, copy_plotly_js, plotly_js

    served = copy_plotly_js(tmp_path / "plotly.min.js").read_text(encoding="utf-8")
    assert served.startswith("//# allFunctionsCalledOnLoad\n")  # V8 reads it only on line 1
    assert served[len(COMPILE_HINT) :] == plotly_js().read_text(encoding="utf-8")
