"""The bench's own logic, without a server: what makes a page complete, and its table."""

from __future__ import annotations

import pytest

from explainer.paths import PROJECT_DIR


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(PROJECT_DIR / "bench"))
    import report
    import server_load

    return server_load, report


def test_a_complete_page_needs_its_own_scripts_and_stylesheets(bench):
    server_load, _ = bench
    html = """<html><head>
      <link rel="stylesheet" href="../templates/explainer/static/site.css">
      <link rel="preload" as="script" href="/voila/templates/explainer/static/plotly.min.js">
      <link rel="icon" href="data:;base64,=">
      <link rel="canonical" href="/elsewhere.html">
      <script src='data:;base64,='></script>
      <script SRC="https://cdn.example.org/lib.js"></script>
      <script defer src="/voila/templates/explainer/static/plotly.min.js"></script>
      <script>inline()</script>
    </head><body><script src="page.js"></script></body></html>"""
    assert server_load.asset_urls(html, "http://127.0.0.1:9/voila/render/01-timeline.ipynb") == (
        "http://127.0.0.1:9/voila/templates/explainer/static/site.css",
        "http://127.0.0.1:9/voila/templates/explainer/static/plotly.min.js",
        "http://127.0.0.1:9/voila/render/page.js",
    )


def test_the_table_sets_each_figure_beside_the_baseline_and_the_target(bench):
    _, report = bench
    burst = {"readers": 100, "p95_s": 0.5, "max_s": 0.6, "failures": 0, "bursts": [{}, {}, {}]}
    slow = {"readers": 100, "p95_s": 50.0, "max_s": 61.0, "failures": 3}
    results = {
        "targets": {"one_page_p95_s": 2.0, "start_up_s": 5.0, "idle_rss_mb": 400},
        "voila": {
            report.COMMITTED: {"one_page_burst": {"landing": burst, "timeline": burst}},
            report.BASELINE: {"one_page_burst": {"timeline": slow}},
        },
    }
    lines = report.table(results).splitlines()
    timeline = next(line for line in lines if "open timeline" in line)
    assert (
        "| 0.50 / 0.60 s, 0 failed (3 bursts, median p95) | 50.00 / 61.00 s, 3 failed |" in timeline
    )
    assert timeline.endswith("| x0.01 | p95 ≤ 2.0 s, 0 failed |")
    landing = next(line for line in lines if "open landing" in line)
    assert "| not run |" in landing
    assert not any("Start-up" in line or "Flood" in line for line in lines), "nothing measured"
