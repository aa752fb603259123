"""Colourblind-safe colours (Okabe-Ito) and marker shapes, so colour is never the only cue."""

from __future__ import annotations

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000"]
SYMBOLS = ["circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "star"]
ERA_SHADES = ["rgba(0,0,0,0.00)", "rgba(0,114,178,0.07)"]
HIGHLIGHT = "#000000"
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
