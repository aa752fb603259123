"""`python -m explainer screenshots`: full-page PNGs of every page, and the text snapshots.

Every page of both editions (Voila and static) at a projector, a wide and a phone size goes
to build/screenshots/EDITION/PAGE-WxH.png for a person to look at (not committed). The README's
four pictures (docs/screenshots/) and each page's visible text (tests/snapshots/PAGE.txt, reviewed
as a diff) are refreshed from the same run."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from explainer.components.i18n import ENGLISH, LANGUAGES
from explainer.paths import PROJECT_DIR, README_DIR, SCREENSHOT_DIR, SNAPSHOT_DIR
from explainer.site import SECTIONS, url
from explainer.tooling.serving import launch_chromium, static_server, voila_server

SIZES = ((1366, 768), (1920, 1080), (375, 812))
README_PAGES = ("landing", "timeline", "quotes", "policy")

# The text a reader reads: the page from its title (h1) on, so the shared header and skip link
# are left out. Blank lines and runs of spaces are dropped.
READER_TEXT = """() => {
  const text = document.body.innerText;
  const h1 = document.querySelector('h1');
  const start = h1 ? text.indexOf(h1.innerText.trim()) : 0;
  const lines = text.slice(Math.max(start, 0)).split('\\n');
  return lines.map((line) => line.replace(/\\s+/g, ' ').trim()).filter(Boolean).join('\\n');
}"""

# Ready once every view on the page has drawn (views set data-ready) and the footer is there.
READY = """() => {
  const views = [...document.querySelectorAll('[data-ready]')];
  const footer = document.querySelector('.ex-footer');
  return footer !== null && views.every((v) => v.dataset.ready === 'true');
}"""


@dataclass(frozen=True)
class ReaderPage:
    name: str
    voila_path: str
    static_path: str

    def path(self, edition: str) -> str:
        return self.voila_path if edition == "voila" else self.static_path


def reader_pages() -> list[ReaderPage]:
    """Every page in every language: the English named by slug, the others `es-SLUG`."""
    pages = []
    for lang in LANGUAGES:
        prefix = "" if lang == ENGLISH else f"{lang}-"
        for slug in ["landing", *(s.slug for s in SECTIONS)]:
            voila = url(slug, "voila", from_root=True, lang=lang)
            static = url(slug, "static", from_root=True, lang=lang)
            pages.append(ReaderPage(prefix + slug, voila, static))
    return pages


def open_reader_page(page, base_url: str, path: str) -> None:
    """Load a page and wait until its views and footer have drawn (polled: the CSP forbids eval),
    and every chart: one further down is drawn when the reader nears it, so it is scrolled to."""
    page.goto(f"{base_url}{path}")
    for _ in range(480):
        if page.evaluate(READY):
            break
        page.wait_for_timeout(250)
    else:
        raise TimeoutError(f"{base_url}{path} did not finish drawing in 120 s")
    for chart in page.locator(".ex-chart").all():
        if chart.get_attribute("data-drawn"):
            continue
        chart.scroll_into_view_if_needed()
        for _ in range(240):
            if chart.get_attribute("data-drawn"):
                break
            page.wait_for_timeout(250)
        else:
            raise TimeoutError(f"{base_url}{path}: a chart was not drawn in 60 s")
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)


def reader_text(page) -> str:
    return page.evaluate(READER_TEXT) + "\n"


def snapshot_path(name: str) -> Path:
    return SNAPSHOT_DIR / f"{name}.txt"


def take_screenshots(out_dir: Path = SCREENSHOT_DIR) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from explainer.delivery.static_site import build_static_site

    written: list[Path] = []
    scratch = Path(tempfile.mkdtemp())
    build_static_site(scratch / "site")
    with (
        voila_server(scratch / "voila.log") as (voila_url, _),
        static_server(scratch / "site") as static_url,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        for edition, base in (("voila", voila_url), ("static", static_url)):
            for width, height in SIZES:
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for reader_page in reader_pages():
                    open_reader_page(page, base, reader_page.path(edition))
                    target = out_dir / edition / f"{reader_page.name}-{width}x{height}.png"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
                    print(f"==> {target.relative_to(PROJECT_DIR)}")
                    if edition == "static" and (width, height) == SIZES[0]:
                        snapshot_path(reader_page.name).write_text(
                            reader_text(page), encoding="utf-8"
                        )
                context.close()
        written += _readme_pictures(browser, voila_url)
        browser.close()
    print(f"==> text snapshots in {SNAPSHOT_DIR.relative_to(PROJECT_DIR)}: review with git diff")
    return written


def _readme_pictures(browser, voila_url: str) -> list[Path]:
    """The top of each main page, as the README shows them."""
    README_DIR.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    written = []
    for reader_page in reader_pages():
        if reader_page.name not in README_PAGES:
            continue
        open_reader_page(page, voila_url, reader_page.voila_path)
        target = README_DIR / f"{reader_page.name}.png"
        page.screenshot(path=str(target), full_page=False)
        written.append(target)
    page.close()
    return written
