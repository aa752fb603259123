"""The timeline section: figure, table rows and the view model its widget draws."""

from __future__ import annotations

import json
from datetime import date, datetime

import plotly.graph_objects as go

from explainer.components.escaping import plain_text
from explainer.components.formatting import (
    citations,
    confidence_label,
    confidence_text,
    data_credit,
    event_instant,
    event_when,
    format_day,
    shown_headline,
)
from explainer.components.i18n import N_, _
from explainer.components.style import (
    CHART_TEXT,
    CHART_TEXT_PX,
    ERA_SHADES,
    FONT,
    HIGHLIGHT,
    LEAN_TEMPLATE_LAYOUT,
    PLOTLY_CONFIG,
    SYMBOL_GLYPHS,
    chart_looks,
    series_style,
)
from explainer.data.evidence import counted_reports, event_evidence
from explainer.data.records import Story
from explainer.reporting import report_target
from explainer.sections.citing import event_item, part_cite, part_forms
from explainer.sections.corrections import revisions
from explainer.sections.glossary import VOILA_GLOSSARY_HREF, glossary_links
from explainer.site import EMBED_EVENT, EMBED_HEIGHTS, embed_url

JUNE_2018_WEEK = ("2018-06-17 00:00", "2018-06-22 00:00")
STORY_START = "2016-11-01"


def events_in_order(story: Story) -> list:
    """Events sorted by their place on the time axis (then by id, for a stable order)."""
    return sorted(story.events, key=lambda e: (event_instant(e), e.event_id))


def lanes(story: Story) -> list[dict]:
    """One lane per actor group, in the order of actor_groups.csv, with its colour and shape.

    `y` is the lane's fixed row on the chart, the first group on top: the rows stay put (and
    keep their names) whatever the filters leave in them.
    """
    count = len(story.actor_groups)
    return [
        {
            "id": g.actor_group_id,
            "label": g.label,
            "description": g.description,
            "y": count - 1 - i,
            **series_style(i),
        }
        for i, g in enumerate(story.actor_groups)
    ]


def event_rows(story: Story, static: bool = False) -> list[dict]:
    """Everything the detail card and the table show, one dict per event, in date order.

    `static` picks the edition the "Revised on" notes link into."""
    groups = {g.actor_group_id: g.label for g in story.actor_groups}
    eras = {e.era_id: e.label for e in story.eras}
    return [
        {
            "id": e.event_id,
            "x": event_instant(e).isoformat(timespec="minutes"),
            "when": event_when(e),
            "precision": e.date_precision,
            "title": e.title,
            "description": e.description,
            "group": e.actor_group,
            "group_label": groups[e.actor_group],
            "actors": e.actors,
            "era": e.era,
            "era_label": eras[e.era],
            "confidence": e.confidence,
            "confidence_text": confidence_text(e),
            "sources": citations(story, e.source_ids),
            "evidence": evidence_view(story, e.event_id),
            "revisions": revisions(story, "events", e.event_id, static),
            "cite": part_cite(event_item(story, e)),
        }
        for e in events_in_order(story)
    ]


def evidence_view(story: Story, event_id: str) -> dict:
    """How the card counts its sources: each counted report once, with the copies and relays that
    count with it, the sources cited but not counted (and why) and those that disagree.

    A report cited only through its relays has no publisher here (""): the card says so."""
    evidence = event_evidence(story, event_id)
    cited = {s.source_id for s in story.sources}

    def name(source_id: str) -> str:
        return story.source(source_id).publisher if source_id in cited else ""

    relays: dict[str, list[dict]] = {}
    for row in evidence.copies:
        relays.setdefault(row.original_report, []).append(
            {"publisher": name(row.source_id), "relation": row.relation, "note": row.note}
        )
    counted = [
        {
            "id": report,
            "publisher": name(report),
            "title": shown_headline(story.source(report)) if report in cited else "",
            "relays": relays.get(report, []),
            "disagrees": any(
                r.source_id == report and r.relation == "disagrees" for r in evidence.rows
            ),
        }
        for report in counted_reports(evidence.rows)
    ]
    return {
        "label": evidence.label,
        "count": evidence.confirmed_by,
        "label_text": confidence_label(evidence.label, evidence.confirmed_by),
        "counted": counted,
        "not_counted": [
            {"publisher": name(r.source_id), "note": r.note} for r in evidence.not_counted
        ],
        "disagreeing": [
            {"publisher": name(r.source_id), "note": r.note} for r in evidence.disagreeing
        ],
    }


RING = "selected-event"
MARKER_SIZE = 13
LANE_PX = 46  # a lane's height: its name above, its markers below
LANE_NAME_RISE = 0.47  # how far above a lane's markers its name sits, in lanes
X_TITLE = N_("Date (times in U.S. Eastern time)")
# The margin below the plot, fixed: plotly's automargin redraws the whole chart at every change
# of the dates shown (20-50 ms instead of 7-12). Room for two lines of hour ticks ("12:00",
# "00:00 / Jun 18, 2018") and the axis title under them, for the chart's text size and Class
# mode's. Tick labels are never turned (at 30 degrees they would need 115 px); upright, they do
# not overlap at any width.
BOTTOM_MARGIN_PX = {"text": 74, "class": 90}


def chart_labels(lane_list: list[dict]) -> dict:
    """The lanes' names and the date axis's title, drawn by the page over the chart (not by
    plotly: its annotations are drawn twice at every full redraw, about a quarter of the chart's
    first drawing). A lane's name sits above its row at the plot's left edge (not in a margin,
    so a phone's narrow chart keeps its full width for the dates); the title is pinned to the
    chart's bottom edge, under the ticks whether they take one line or two."""
    return {
        "lanes": [
            {
                "label": lane["label"],
                "color": lane["color"],
                "glyph": SYMBOL_GLYPHS[lane["symbol"]],
                "y": lane["y"] + LANE_NAME_RISE,
            }
            for lane in lane_list
        ],
        "title": _(X_TITLE),
    }


def timeline_figure(story: Story, today: date | None = None, x_range=None) -> go.Figure:
    """Plotly timeline: a real time axis, one lane per actor group, eras shaded."""
    rows = event_rows(story)
    lane_list = lanes(story)
    figure = go.Figure()
    for lane in lane_list:
        members = [r for r in rows if r["group"] == lane["id"]]
        figure.add_trace(
            go.Scatter(
                x=[r["x"] for r in members],
                y=[lane["y"]] * len(members),
                customdata=[[r["id"], r["when"]] for r in members],
                text=[plain_text(r["title"]) for r in members],
                mode="markers",
                name=plain_text(lane["label"]),
                meta={"lane": lane["id"]},
                marker={
                    "color": lane["color"],
                    "symbol": lane["symbol"],
                    "size": MARKER_SIZE,
                    "line": {"width": 1, "color": "#ffffff"},
                },
                hovertemplate="<b>%{text}</b><br>%{customdata[1]}<extra></extra>",
            )
        )
    end = datetime.combine(today or date.today(), datetime.min.time())
    for index, era in enumerate(story.eras):
        figure.add_vrect(
            name=f"era-{era.era_id}",
            x0=era.start_date.isoformat(),
            x1=min(era.end_date, end.date()).isoformat(),
            fillcolor=ERA_SHADES[index % len(ERA_SHADES)],
            line_width=0,
            layer="below",
        )
    # The chosen event's ring: a shape sized in pixels, moved by the browser with a relayout that
    # leaves the traces alone (a trace would recompute and redraw the whole chart on every step).
    figure.add_shape(
        type="circle",
        name=RING,
        visible=False,
        xsizemode="pixel",
        ysizemode="pixel",
        xanchor=rows[0]["x"] if rows else 0,
        yanchor=0,
        x0=-13,
        x1=13,
        y0=-13,
        y1=13,
        line={"color": HIGHLIGHT, "width": 3},
    )
    top, bottom = 8, BOTTOM_MARGIN_PX["text"]
    figure.update_layout(LEAN_TEMPLATE_LAYOUT)
    figure.update_layout(
        font={"family": FONT, "size": CHART_TEXT_PX, "color": CHART_TEXT},
        height=top + 14 + LANE_PX * len(lane_list) + bottom,  # the lanes, and the y range's ends
        margin={"l": 8, "r": 12, "t": top, "b": bottom},
        showlegend=False,
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        hovermode="closest",
        xaxis={
            "type": "date",
            "range": list(x_range or zoom_presets(story)[0]["range"]),
            "showgrid": True,
            "gridcolor": "#d9d9d9",
            "tickfont": {"size": CHART_TEXT_PX, "color": CHART_TEXT},
            "tickangle": 0,
            "automargin": False,
        },
        yaxis={  # fixed numbered rows, one per lane; the lines between them part the lanes
            "type": "linear",
            "range": [-0.55, len(lane_list) - 1 + LANE_NAME_RISE + 0.3],
            "tickvals": [row - 0.5 for row in range(1, len(lane_list))],
            "showticklabels": False,
            "showgrid": True,
            "gridcolor": "#bdbdbd",
            "zeroline": False,
            "fixedrange": True,
            "automargin": False,
        },
        dragmode="pan",
    )
    return figure


def zoom_presets(story: Story) -> list[dict]:
    """Named x-axis ranges; the first is the default view (2017 to the latest event)."""
    first = min(event_instant(e) for e in story.events)
    last = max(event_instant(e) for e in story.events)
    return [
        {
            "id": "story",
            "label": _("2017 to {year}").format(year=last.year),
            "range": [STORY_START, f"{last.year}-12-31"],
        },
        {
            "id": "june-2018",
            "label": _("17-21 June 2018, hour by hour"),
            "range": list(JUNE_2018_WEEK),
        },
        {
            "id": "everything",
            "label": _("Everything, from {year} (laws and rulings behind the story)").format(
                year=first.year
            ),
            "range": [f"{first.year - 1}-07-01", f"{last.year}-12-31"],
        },
    ]


def timeline_view(
    story: Story, glossary_href: str = VOILA_GLOSSARY_HREF, static: bool = False
) -> dict:
    """The whole view model for the timeline widget (plain JSON); `static`: the static edition."""
    return {
        "events": event_rows(story, static),
        "lanes": lanes(story),
        "ring": RING,
        "eras": [
            {
                "id": e.era_id,
                "label": e.label,
                "start": e.start_date.isoformat(),
                "end": e.end_date.isoformat(),
                "when": _("{start} to {end}").format(
                    start=format_day(e.start_date), end=format_day(e.end_date)
                ),
            }
            for e in story.eras
        ],
        "presets": zoom_presets(story),
        "figure": json.loads(timeline_figure(story).to_json()),
        "looks": {**chart_looks(MARKER_SIZE), "bottom_margin": BOTTOM_MARGIN_PX},
        "labels": chart_labels(lanes(story)),
        "config": PLOTLY_CONFIG,
        "links": glossary_links(story, glossary_href),
        "report_to": report_target(),
        "cite_forms": part_forms(story),
        "credit": data_credit(story),
        # an event card's Embed control: its embed view's address, less the event's id
        "embed_event": embed_url(EMBED_EVENT, "static" if static else "voila", event=""),
        "embed_height": EMBED_HEIGHTS[EMBED_EVENT],
    }
