"""`make serve`: Voila's server, with each section page rendered once and sent to every reader.

A page view starts no kernel. The pages are built by the package, from the notebooks and the
same views as the static edition, when the server starts and again when an input changes
(data, lesson, code: `paths.view_inputs`). Voila's kernel, execution and render routes are not
served, so nothing a client sends can start a kernel. Settings stay in voila.json.
"""

from __future__ import annotations

import concurrent.futures
import re
import time

from tornado import ioloop, web
from voila.app import Voila

from explainer.data.problems import DataError
from explainer.delivery.viewcache import fingerprint
from explainer.site import SECTIONS

# Voila's routes that start, reach or feed a kernel: left out of the server.
KERNEL_ROUTES = re.compile(
    r"/api/kernels/|/voila/api/shutdown/|/voila/query/|/voila/execution/|/voila/render/"
)
CHECK_SECONDS = 2.0


class RenderedPages:
    """Every section's page, rebuilt when an input changes; the last good rendering is kept."""

    def __init__(self, base_url: str, log):
        self.base_url = base_url
        self.log = log
        self.pages: dict[str, str] = {}
        self.stamp = ""

    def refresh(self) -> bool:
        """Render again if an input changed; True when the pages were replaced."""
        stamp = fingerprint()
        if stamp == self.stamp:
            return False
        started = time.monotonic()
        try:
            pages = render_pages(self.base_url)
        except (DataError, OSError, ValueError) as error:
            self.stamp = stamp  # retried when the files change again, not on every check
            self.log.error(
                "explainer: pages not re-rendered, the last good ones stay: %s", _say(error)
            )
            return False
        self.pages, self.stamp = pages, stamp
        self.log.info("explainer: %d pages rendered in %.1f s", len(pages), _since(started))
        return True


def _say(error: Exception) -> str:
    """One line: the count and the first problem of a data error, else the error's first line."""
    problems = getattr(error, "problems", None)
    if problems:
        return f"{len(problems)} problem(s) in the data; the first: {problems[0]}"
    return (str(error).strip() or repr(error)).splitlines()[0]


def _since(started: float) -> float:
    return time.monotonic() - started


def render_pages(base_url: str) -> dict[str, str]:
    """The Voila edition's landing page (key "") and every section's page (key: notebook name)."""
    from explainer.data.loading import reload_story
    from explainer.delivery.static_site import landing_page, section_page
    from explainer.sections.lesson import load_lesson

    load_lesson.cache_clear()  # the files changed since the last rendering: read them afresh
    story = reload_story()
    pages = {"": landing_page(story, "voila", base_url)}
    return pages | {s.notebook: section_page(story, s, "voila", base_url) for s in SECTIONS}


class RenderedPageHandler(web.RequestHandler):
    """Sends a rendered page: the landing page, or a section's; any other name is a 404."""

    def initialize(self, rendered: RenderedPages):
        self.rendered = rendered

    def set_default_headers(self):
        for name, value in self.settings.get("headers", {}).items():
            self.set_header(name, value)

    def get(self, path: str):
        page = self.rendered.pages.get(path)
        if page is None:
            raise web.HTTPError(404)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-cache")
        self.write(page)

    def head(self, path: str):
        self.get(path)

    def write_error(self, status_code: int, **kwargs):
        self.set_header("Content-Type", "text/plain; charset=UTF-8")
        self.finish(f"{status_code}: no such page\n")


class ExplainerVoila(Voila):
    """Voila, minus the routes that start kernels, plus the rendered section pages."""

    def init_handlers(self) -> list:
        handlers = [h for h in super().init_handlers() if not KERNEL_ROUTES.search(h[0])]
        pages = {"rendered": self.rendered}
        return [
            (rf"{self.server_url}()", RenderedPageHandler, pages),  # the landing page
            (rf"{self.server_url}voila/render/(.*)", RenderedPageHandler, pages),
            *handlers,
        ]

    def start(self):
        self.rendered = RenderedPages(self.base_url, self.log)
        if not self.rendered.refresh():
            self.log.critical("explainer: the pages could not be rendered; see the line above")
            self.exit(1)
        super().start()

    def listen(self):
        loop = ioloop.IOLoop.current()
        checker = concurrent.futures.ThreadPoolExecutor(max_workers=1)

        async def check():
            await loop.run_in_executor(checker, self.rendered.refresh)

        ioloop.PeriodicCallback(check, CHECK_SECONDS * 1000).start()
        super().listen()


main = ExplainerVoila.launch_instance

if __name__ == "__main__":
    main()
