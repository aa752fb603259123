"""The markup that puts a view into a page's HTML, for Voila's pages and the static edition."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from explainer.delivery import pages
from explainer.delivery.mounts import EARLY_MIME, json_script, view_mount
from explainer.delivery.widgets import classic_views_script, widget_module

EVIL = "</script><script>alert(1)</script><!-- & \u2028"


def script_json(html: str, element_id: str):
    script = rf'<script type="application/json" id="{element_id}">(.*?)</script>'
    match = re.search(script, html, re.S)
    assert match, f"no JSON script {element_id} in {html[:200]}"
    return json.loads(match.group(1))


def test_json_script_cannot_close_its_tag_and_keeps_the_data():
    html = json_script("payload-x", {"title": EVIL, "n": [1, 2]})
    inner = html.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert script_json(html, "payload-x") == {"title": EVIL, "n": [1, 2]}


def test_view_mount_names_the_view_and_its_payload():
    html = view_mount("timeline", {"title": EVIL})
    assert '<div data-explainer-view="timeline" data-payload="payload-timeline"></div>' in html
    assert script_json(html, "payload-timeline") == {"title": EVIL}
    assert 'data-explainer-view="a&quot;b"' in view_mount('a"b', {})


def test_the_widget_carries_its_mount_beside_the_widget_view():
    widget = pages.timeline()
    bundle = widget._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert "application/vnd.jupyter.widget-view+json" in data
    html = data[EARLY_MIME]["html"]
    assert script_json(html, "payload-timeline") == widget.payload
    assert 'data-explainer-view="timeline"' in html


def test_footer_and_lesson_are_page_html_not_widgets():
    for call in (pages.footer, pages.lesson):
        data = call()._repr_mimebundle_()
        assert data[EARLY_MIME]["html"] == data["text/html"]
        assert "application/vnd.jupyter.widget-view+json" not in data
    assert "ex-footer" in pages.footer()._repr_mimebundle_()["text/html"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_built_scripts_are_a_module_and_a_classic_script(tmp_path):
    """`node --check` reads a .cjs file as a classic (CommonJS) script and a .mjs file as an ES
    module: the widget's module needs its `export`, the pages' script must have none."""
    module = tmp_path / "widget.mjs"
    module.write_text(widget_module(), encoding="utf-8")
    result = subprocess.run(["node", "--check", module], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^export \{", widget_module(), re.M), "the widget module exports nothing"
    as_classic = tmp_path / "widget.cjs"
    as_classic.write_text(widget_module(), encoding="utf-8")
    assert subprocess.run(["node", "--check", as_classic], capture_output=True).returncode != 0
    classic = tmp_path / "classic.cjs"
    classic.write_text(classic_views_script(), encoding="utf-8")
    result = subprocess.run(["node", "--check", classic], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_built_scripts_hold_every_view_and_the_page_mounts():
    for script in (widget_module(), classic_views_script()):
        for name in ("renderTimeline", "renderQuotes", "renderPolicy", "renderPresenter"):
            assert f"function {name}(" in script, name
    assert "function drawMountedViews(" in classic_views_script()
    assert "drawMountedViews" not in widget_module()
