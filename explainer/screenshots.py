"""`python -m explainer screenshots`: a PNG of every page, for the README."""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import PROJECT_DIR
from .serving import PAGES, launch_chromium, open_page, voila_server

SCREENSHOT_DIR = PROJECT_DIR / "docs" / "screenshots"


def take_screenshots(out_dir: Path = SCREENSHOT_DIR, width: int = 1280) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    log = Path(tempfile.mkdtemp()) / "voila.log"
    with voila_server(log) as (url, _), sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": width, "height": 900})
        for name, path, view in PAGES:
            print(f"==> {name}")
            open_page(page, url, path, view)
            page.wait_for_timeout(300)
            target = out_dir / f"{name}.png"
            page.screenshot(path=str(target), full_page=False)
            written.append(target)
        browser.close()
    return written
