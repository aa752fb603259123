"""Shared fixtures: the real data, and a scratch copy of it to corrupt."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from explainer.paths import DATA_DIR, PROJECT_DIR


@pytest.fixture(scope="session")
def story():
    from explainer.data.loading import load_story

    return load_story(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may corrupt."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("_parts"))
    return target


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]], fields: list[str] | None = None) -> None:
    fields = fields or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


__all__ = ["PROJECT_DIR", "read_rows", "write_rows"]


@pytest.fixture(scope="session")
def voila_url(tmp_path_factory):
    """A running dashboard for the whole test session."""
    from servers import voila_server

    log = tmp_path_factory.mktemp("voila") / "voila.log"
    with voila_server(log) as url:
        yield url


@pytest.fixture(scope="session")
def static_url(tmp_path_factory):
    """The static reader edition, built into a scratch folder and served locally."""
    from servers import static_server

    from explainer.delivery.static_site import build_static_site

    site = tmp_path_factory.mktemp("site")
    build_static_site(site)
    with static_server(site) as url:
        yield url


@pytest.fixture(params=["voila", "static"])
def edition(request):
    """Run a browser test against live Voila and against the static edition."""
    from servers import Edition

    url = request.getfixturevalue("voila_url" if request.param == "voila" else "static_url")
    return Edition(request.param, url)


@pytest.fixture(scope="session")
def browser():
    import os

    from servers import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing at {CHROMIUM}; .ci/run should install it")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from artefacts import ArtefactWatchingBrowser
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield ArtefactWatchingBrowser(instance)
        instance.close()


@pytest.fixture(autouse=True)
def no_artefacts_in_what_readers_see(request):
    """Fail a browser test whose pages ever showed `[object`, `undefined`, a bare address…"""
    yield
    if "browser" not in request.fixturenames:
        return
    from artefacts import describe

    found = request.getfixturevalue("browser").take_artefacts()
    assert not found, "a page showed artefacts in its visible text:\n" + describe(found)


@pytest.fixture
def page(browser):
    """A fresh browser page that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()
