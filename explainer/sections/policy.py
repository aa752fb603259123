"""The policy background section: the stepper, the numbers chart, earlier stances, glossary."""

from __future__ import annotations

import json
from datetime import date

import plotly.graph_objects as go

from explainer.components.escaping import plain_text
from explainer.components.formatting import citations, data_credit, event_when, format_day
from explainer.components.i18n import N_, _, format_number
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
from explainer.reporting import report_target
from explainer.sections.citing import figure_item, part_cite, part_forms
from explainer.sections.corrections import revisions
from explainer.sections.glossary import glossary_entries, glossary_links, shown_terms, term_slug
from explainer.sections.quotes import quote_card

MARKER_SIZE = 12
# The chart's kinds of count (figures.category), English msgids: show them with `_()`.
CHART_CATEGORIES = {
    "separated": N_("Children (or families) separated"),
    "class-size": N_("Ms. L. class size"),
    "reunified": N_("Reunified"),
    "still-separated": N_("Still separated or in custody"),
}
UNIT_SYMBOLS = {
    "children": "circle",
    "families": "diamond",
    "parents": "square",
    "people": "square",
}
# How a figure was stated (figures.qualifier): the number and its unit in a whole phrase.
QUALIFIERS = {
    "exact": N_("{number} {unit}"),
    "about": N_("about {number} {unit}"),
    "more-than": N_("more than {number} {unit}"),
    "at-least": N_("at least {number} {unit}"),
    "nearly": N_("nearly {number} {unit}"),
    "up-to": N_("up to {number} {unit}"),
    "fewer-than": N_("fewer than {number} {unit}"),
}
# What a figure counts (figures.unit), as it follows a number.
UNITS = {
    "children": N_("children"),
    "families": N_("families"),
    "parents": N_("parents"),
    "people": N_("people"),
    "US dollars": N_("US dollars"),
    "signatures": N_("signatures"),
    "employees": N_("employees"),
    "terabytes": N_("terabytes"),
    "arrests": N_("arrests"),
}


def stated_value(figure: Figure) -> str:
    """'more than 5,400 children' ('más de 5,400 niños')"""
    value = int(figure.value) if figure.value == int(figure.value) else figure.value
    unit = _(UNITS[figure.unit]) if figure.unit in UNITS else figure.unit
    return _(QUALIFIERS[figure.qualifier]).format(number=format_number(value), unit=unit)


def period_text(figure: Figure) -> str:
    start, end = figure.period_start, figure.period_end
    if start and end:
        return _("{start} to {end}").format(start=format_day(start), end=format_day(end))
    if end:
        return _("as of {date}").format(date=format_day(end))
    if start:
        return _("from {date}").format(date=format_day(start))
    return _("period not stated")


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
            "category_label": _(categories[f.category]),
            "unit": f.unit,
            "measure": f.measure,
            "period": period_text(f),
            "issuing_body": f.issuing_body,
            "reported": format_day(f.date_reported),
            "dispute_note": f.dispute_note,
            "sources": citations(story, f.source_ids),
            "revisions": revisions(story, "figures", f.figure_id, static),
            "cite": part_cite(figure_item(story, f)),
        }
        for f in sorted(chosen, key=lambda f: (f.date_reported, f.figure_id))
    ]


def numbers_figure(story: Story) -> go.Figure:
    """Official and reported counts over time, one series per kind of count."""
    rows = figure_rows(story)
    figure = go.Figure()
    disagree = _("Sources disagree: see the table")
    hover = "<br>".join(
        [
            "<b>%{customdata[1]}</b>",
            "%{text}",
            _("Issued by {body}").format(body="%{customdata[2]}"),
            _("Period: {period}").format(period="%{customdata[3]}"),
            _("Reported {date}").format(date="%{x|%d %b %Y}"),
            "%{customdata[4]}<extra></extra>",
        ]
    )
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
                        disagree if r["dispute_note"] else "",
                    ]
                    for r in members
                ],
                text=[plain_text(r["measure"]) for r in members],
                mode="markers",
                name=_(label),
                meta={"category": category},
                marker={
                    "color": style["color"],
                    "size": MARKER_SIZE,
                    "symbol": [UNIT_SYMBOLS.get(r["unit"], "circle") for r in members],
                    "line": {"width": 1, "color": "#ffffff"},
                },
                hovertemplate=hover,
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
        xaxis={"type": "date", "title": {"text": _("Date reported")}, "gridcolor": "#e5e5e5"},
        yaxis={
            "title": {"text": _("Count")},
            "rangemode": "tozero",
            "gridcolor": "#e5e5e5",
            "separatethousands": True,
        },
        hovermode="closest",
    )
    return figure


def step_view(story: Story, step, static: bool = False) -> dict:
    events = sorted((story.event(e) for e in step.event_ids), key=lambda e: e.date)
    shown = shown_terms(story)
    source_ids = list(dict.fromkeys(s for e in events for s in e.source_ids))
    return {
        "step": step.step,
        "title": step.title,
        "explanation": step.explanation,
        "events": [{"id": e.event_id, "when": event_when(e), "title": e.title} for e in events],
        "quotes": [quote_card(story, story.quote(q), static) for q in step.quote_ids],
        "terms": [{"term": shown.get(t, t), "slug": term_slug(t)} for t in step.terms],
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
    english_terms = {term_slug(g.term): g.term for g in story.glossary}  # the entries' ids
    return {
        "steps": [step_view(story, s, static) for s in steps],
        "figures": figure_rows(story, static=static),
        "categories": [{"id": k, "label": _(v)} for k, v in CHART_CATEGORIES.items()],
        "figure": json.loads(numbers_figure(story).to_json()),
        "looks": chart_looks(MARKER_SIZE),
        "config": PLOTLY_CONFIG,
        "stances": microsoft_stances(story, static=static),
        "glossary": [
            {
                **entry,
                "revisions": revisions(story, "glossary", english_terms[entry["slug"]], static),
            }
            for entry in glossary_entries(story)
        ],
        "links": glossary_links(story, href=glossary_href),
        "report_to": report_target(),
        "cite_forms": part_forms(story),
        "credit": data_credit(story),
    }
