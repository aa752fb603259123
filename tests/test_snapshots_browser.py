"""Each page reads exactly as its reviewed text snapshot, in both editions.

A change in what readers read shows up as a diff of tests/snapshots/PAGE.txt: refresh them with
`make screenshots`, then review `git diff tests/snapshots`."""

from __future__ import annotations

import difflib

import pytest

from explainer.tooling.screenshots import open_reader_page, reader_pages, reader_text, snapshot_path

pytestmark = pytest.mark.browser

PAGES = {p.name: p for p in reader_pages()}


@pytest.mark.parametrize("name", list(PAGES))
def test_page_text_matches_its_reviewed_snapshot(browser, edition, name):
    expected = snapshot_path(name).read_text(encoding="utf-8")
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    try:
        open_reader_page(page, edition.base_url, PAGES[name].path(edition.name))
        actual = reader_text(page)
    finally:
        context.close()
    diff = "\n".join(
        difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "snapshot", edition.name, lineterm="", n=1
        )
    )
    assert actual == expected, (
        f"{name} reads differently from tests/snapshots/{name}.txt "
        f"(run `make screenshots` and review the diff if the change is meant):\n{diff[:4000]}"
    )
