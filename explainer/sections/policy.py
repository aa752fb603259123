"""The policy background section: the stepper, the numbers chart, earlier stances, glossary."""

from __future__ import annotations

import json
from datetime import date

import plotly.graph_objects as go

from explainer.components.formatting import citations, event_when, format_day
from explainer.components.style import (
    CHART_TEXT,
    CHART_TEXT_PX,
    FONT,
    LEAN_TEMPLATE_LAYOUT,
    PLOTLY_CONFIG,
    chart_looks,
    series_style,
)
from explainer.data.records import Figure, Story
from explainer.sections.corrections import revisions
from explainer.sections.glossary import glossary_entries, glossary_links, term_slug
from explainer.sections.quotes import quote_card

MARKER_SIZE = 12
CHART_CATEGORIES = {
    "separated": "Children (or families) separated",
    "class-size": "Ms. L. class size",
    "reunified": "Reunified",
    "still-separated": "Still separated or in custody",
}
UNIT_SYMBOLS = {
    "children": "circle",
    "families": "diamond",
    "parents": "square",
    "people": "square",
}
QUALIFIERS = {
    "exact": "",
    "about": "about ",
    "more-than": "more than ",
    "at-least": "at least ",
    "nearly": "nearly ",
    "up-to": "up to ",
    "fewer-than": "fewer than ",
}


def stated_value(figure: Figure) -> str:
    """'more than 5,400 children'"""
    number = f"{figure.value:,.0f}" if figure.value == int(figure.value) else f"{figure.value:,}"
    return f"{QUALIFIERS[figure.qualifier]}{number} {figure.unit}"


def period_text(figure: Figure) -> str:
    start, end = figure.period_start, figure.period_end
    if start and end:
        return f"{format_day(start)} to {format_day(end)}"
    if end:
        return f"as of {format_day(end)}"
    if start:
        return f"from {format_day(start)}"
    return "period not stated"


def figure_rows(story: Story, categories=CHART_CATEGORIES, static: bool = False) -> list[dict]:
    """Every figure in the chart's categories, in the order reported, with what the table shows."""
    chosen = [f for f in story.figures if f.category in categories]
    return [
        {
            "id": f.figure_id,
            "x": f.date_reported.isoformat(),
            "value": f.value,
            "stated": stated_value(f),
            "category": f.category,
            "category_label": categories[f.category],
            "unit": f.unit,
            "measure": f.measure,
            "period": period_text(f),
            "issuing_body": f.issuing_body,
            "reported": format_day(f.date_reported),
            "dispute_note": f.dispute_note,
            "sources": citations(story, f.source_ids),
            "revisions": revisions(story, "figures", f.figure_id, static),
        }
        for f in sorted(chosen, key=lambda f: (f.date_reported, f.figure_id))
    ]


def numbers_figure(story: Story) -> go.Figure:
    """Official and reported counts over time, one series per kind of count."""
    rows = figure_rows(story)
    figure = go.Figure()
    for index, (category, label) in enumerate(CHART_CATEGORIES.items()):
        members = [r for r in rows if r["category"] == category]
        style = series_style(index)
        figure.add_trace(
            go.Scatter(
                x=[r["x"] for r in members],
                y=[r["value"] for r in members],
                customdata=[
                    [
                        r["id"],
                        r["stated"],
                        r["issuing_body"],
                        r["period"],
                        "Sources disagree: see the table" if r["dispute_note"] else "",
                    ]
                    for r in members
                ],
                text=[r["measure"] for r in members],
                mode="markers",
                name=label,
                meta={"category": category},
                marker={
                    "color": style["color"],
                    "size": MARKER_SIZE,
                    "symbol": [UNIT_SYMBOLS.get(r["unit"], "circle") for r in members],
                    "line": {"width": 1, "color": "#ffffff"},
                },
                hovertemplate=(
                    "<b>%{customdata[1]}</b><br>%{text}<br>Issued by %{customdata[2]}"
                    "<br>Period: %{customdata[3]}<br>Reported %{x|%d %b %Y}"
                    "<br>%{customdata[4]}<extra></extra>"
                ),
            )
        )
    figure.update_layout(LEAN_TEMPLATE_LAYOUT)
    figure.update_layout(
        font={"family": FONT, "size": CHART_TEXT_PX, "color": CHART_TEXT},
        height=460,
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        # what automargin finds on a wide screen (the counts' labels and title at the left, the
        # dates, their title and the one-row legend below): plotly draws the chart once, not a
        # second time with wider margins; automargin still widens them where more is needed
        # (on a phone the legend takes three rows)
        margin={"l": 88, "r": 10, "t": 30, "b": 108},
        legend={"orientation": "h", "y": -0.2},
        xaxis={"type": "date", "title": {"text": "Date reported"}, "gridcolor": "#e5e5e5"},
        yaxis={
            "title": {"text": "Count"},
            "rangemode": "tozero",
            "gridcolor": "#e5e5e5",
            "separatethousands": True,
        },
        hovermode="closest",
    )
    return figure


def step_view(story: Story, step, static: bool = False) -> dict:
    events = sorted((story.event(e) for e in step.event_ids), key=lambda e: e.date)
    source_ids = list(dict.fromkeys(s for e in events for s in e.source_ids))
    return {
        "step": step.step,
        "title": step.title,
        "explanation": step.explanation,
        "events": [{"id": e.event_id, "when": event_when(e), "title": e.title} for e in events],
        "quotes": [quote_card(story, story.quote(q), static) for q in step.quote_ids],
        "terms": [{"term": t, "slug": term_slug(t)} for t in step.terms],
        "sources": citations(story, source_ids),
        "revisions": revisions(story, "policy_steps", str(step.step), static),
    }


def microsoft_stances(
    story: Story, before: date = date(2018, 1, 1), static: bool = False
) -> list[dict]:
    """Microsoft's public positions before the January 2018 post: travel ban, DACA, KIND."""
    chosen = [
        e for e in story.events if e.actor_group == "microsoft-leadership" and e.date < before
    ]
    return [
        {
            "id": e.event_id,
            "when": event_when(e),
            "title": e.title,
            "description": e.description,
            "confidence": e.confidence,
            "sources": citations(story, e.source_ids),
            "revisions": revisions(story, "events", e.event_id, static),
        }
        for e in sorted(chosen, key=lambda e: (e.date, e.event_id))
    ]


def policy_view(story: Story, glossary_href: str = "?term=", static: bool = False) -> dict:
    """The whole view model for the policy widget (plain JSON); `static` for the static edition."""
    steps = sorted(story.policy_steps, key=lambda s: s.step)
    return {
        "steps": [step_view(story, s, static) for s in steps],
        "figures": figure_rows(story, static=static),
        "categories": [{"id": k, "label": v} for k, v in CHART_CATEGORIES.items()],
        "figure": json.loads(numbers_figure(story).to_json()),
        "looks": chart_looks(MARKER_SIZE),
        "config": PLOTLY_CONFIG,
        "stances": microsoft_stances(story, static=static),
        "glossary": [
            {**entry, "revisions": revisions(story, "glossary", entry["term"], static)}
            for entry in glossary_entries(story)
        ],
        "links": glossary_links(story, href=glossary_href),
    }
