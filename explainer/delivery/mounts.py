"""The markup that places a view on a page, shared by the static edition and Voila's pages.

A mount is a JSON script holding the view model plus an empty element naming the view. The
browser script `explainer-views.js` (built from js/src/page.js) draws every mount it finds, as
soon as the page's HTML arrives, in the server's pages and the static edition alike. Where a
notebook runs in a kernel (plain Voila), the anywidget adopts the drawn view instead of drawing
a second one.
"""

from __future__ import annotations

import json

from explainer.components.escaping import text

# Output mimetype carrying the pre-drawn markup; the Voila template writes it into the page.
EARLY_MIME = "application/vnd.explainer.early+json"


def json_script(element_id: str, data) -> str:
    """Data as a JSON script block that can't close the tag early or run."""
    payload = (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return f'<script type="application/json" id="{text(element_id)}">{payload}</script>'


def view_mount(view: str, payload: dict) -> str:
    """The JSON and the element the browser script draws `view` into."""
    payload_id = f"payload-{view}"
    return (
        json_script(payload_id, payload)
        + f'\n<div data-explainer-view="{text(view)}" data-payload="{text(payload_id)}"></div>'
    )
