"""`make serve`: Voila's server, with each section page rendered once and sent to every reader.

A page view starts no kernel. The pages are built by the package, from the notebooks and the
same views as the static edition, when the server starts and again when an input changes
(data, lesson, code: `paths.view_inputs`). Voila's kernel, execution and render routes are not
served, so nothing a client sends can start a kernel. Settings stay in voila.json.
"""

from __future__ import annotations

import concurrent.futures
import sys
import time

from tornado import ioloop, web
from voila.app import Voila
from voila.static_file_handler import TemplateStaticFileHandler

from explainer.components.i18n import ENGLISH, LANGUAGES, language
from explainer.data.downloads import write_downloads
from explainer.data.loading import translation_gaps
from explainer.data.problems import DataError
from explainer.delivery.assets import SOURCE_CITE_SCRIPTS, write_page_assets
from explainer.delivery.caching import CompressedPages, VersionedAssets
from explainer.delivery.viewcache import fingerprint
from explainer.paths import DOWNLOAD_DIR, TEMPLATE_DIR
from explainer.sections.lesson import LessonError
from explainer.site import EMBED_EVENT, SECTIONS, section

# How the server is started (by `make serve`, the replicas, the tests and the bench).
SERVER_COMMAND = (sys.executable, "-m", "explainer.delivery.server")
# The only template files a page loads: the template's static folder and its generated/ handouts
# (another language's in generated/es/). Plain names only, so no encoded "..", no other template
# and no Jupyter file can be asked for.
_HANDOUT_LANGUAGES = "|".join(code for code in LANGUAGES if code != ENGLISH)
# The data's downloads (delivery: explainer/data/downloads.py): a table's CSV, a Spanish
# translation's (translations/es/), datapackage.json, the licence and the package's zip.
DATA_ROUTE = rf"data/((?:translations/(?:{_HANDOUT_LANGUAGES})/)?[A-Za-z0-9_-][A-Za-z0-9._-]*)"
ASSET_ROUTE = (
    rf"voila/templates/(explainer/static/(?:generated/(?:(?:{_HANDOUT_LANGUAGES})/)?)?"
    r"[A-Za-z0-9_-][A-Za-z0-9._-]*)"
)
CHECK_SECONDS = 2.0
# Where each kind of embed view is kept among the rendered pages, by its ?embed= value.
EMBEDS = {"1": "embed/", EMBED_EVENT: "embed-event/"}
ERROR_WORDS = {403: "forbidden", 404: "no such page", 405: "method not allowed"}


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
        except (DataError, OSError, ValueError) as error:  # LessonError is a ValueError
            self.stamp = stamp  # retried when the files change again, not on every check
            if self.pages:
                said = "explainer: pages not re-rendered, the last good ones stay: %s"
            else:
                said = "explainer: the pages cannot be rendered, so the server does not start: %s"
            self.log.error(said, _say(error))
            return False
        self.pages, self.stamp = pages, stamp
        try:
            write_downloads(DOWNLOAD_DIR)  # the downloads follow the data the pages show
            write_page_assets(TEMPLATE_DIR / "static", tuple(SOURCE_CITE_SCRIPTS))
        except OSError as error:
            self.log.error("explainer: the data's downloads could not be written: %s", error)
        self.log.info("explainer: %d pages rendered in %.1f s", len(pages), _since(started))
        gaps = translation_gaps()
        if gaps:
            said = (
                "explainer: %d translated text(s) missing or stale, shown in English; the first: %s"
            )
            self.log.warning(said + " (make validate lists them)", len(gaps), gaps[0])
        return True


def _say(error: Exception) -> str:
    """One line: the count and the first problem of a data error, else the error's first line."""
    problems = getattr(error, "problems", None)
    if problems:
        where = "lesson/lesson.toml" if isinstance(error, LessonError) else "the data"
        return f"{len(problems)} problem(s) in {where}; the first: {problems[0]}"
    return (str(error).strip() or repr(error)).splitlines()[0]


def _since(started: float) -> float:
    return time.monotonic() - started


def render_pages(base_url: str) -> dict[str, str]:
    """The Voila edition's landing page (key "") and every section's page (key: notebook name),
    in English; each other language's under its code ("es/", "es/01-timeline.ipynb")."""
    from explainer.data.loading import load_story, reload_story
    from explainer.delivery.static_site import event_embed_page, landing_page, section_page
    from explainer.sections.lesson import checked_lesson, load_lesson

    load_lesson.cache_clear()  # the files changed since the last rendering: read them afresh
    story = reload_story()
    checked_lesson(story)  # a lesson naming what the data lacks: LessonError, named problems
    pages = {}
    for code in LANGUAGES:
        with language(code):
            edition = story if code == ENGLISH else load_story(language=code)
            prefix = "" if code == ENGLISH else f"{code}/"
            pages[prefix] = landing_page(edition, "voila", base_url)
            for s in SECTIONS:
                pages[prefix + s.notebook] = section_page(edition, s, "voila", base_url)
                embed = section_page(edition, s, "voila", base_url, embed=True)
                pages[EMBEDS["1"] + prefix + s.notebook] = embed
            timeline = EMBEDS[EMBED_EVENT] + prefix + section("timeline").notebook
            pages[timeline] = event_embed_page(edition, "voila", base_url)
    return pages


def page_key(path: str, lang: str, embed: str = "") -> str:
    """Which rendering a request asks for: `?lang=es` picks the Spanish; an unknown or absent
    language gives the English. `?embed=1` a section's embed view, `?embed=event` (on the
    timeline's page) one event's card."""
    key = f"{lang}/{path}" if lang in LANGUAGES and lang != ENGLISH else path
    return EMBEDS.get(embed, "") + key


def framable(policy: str) -> str:
    """A Content-Security-Policy that lets any page frame this one: its `frame-ancestors`
    directive replaced by `frame-ancestors *` (for the embed views only)."""
    kept = [
        part.strip()
        for part in policy.split(";")
        if part.strip() and part.split()[0].lower() != "frame-ancestors"
    ]
    return "; ".join([*kept, "frame-ancestors *"])


class SecureResponses:
    """Every response carries voila.json's security headers; an error is one plain line, never a
    traceback or a path."""

    def set_default_headers(self):
        super().set_default_headers()
        for name, value in self.settings.get("headers", {}).items():
            self.set_header(name, value)

    def write_error(self, status_code: int, **kwargs):
        self.set_header("Content-Type", "text/plain; charset=UTF-8")
        self.finish(f"{status_code}: {ERROR_WORDS.get(status_code, 'error')}\n")


class RenderedPageHandler(SecureResponses, CompressedPages, web.RequestHandler):
    """Sends a rendered page: the landing page, or a section's; any other name is a 404.
    Compressed once per rendering, revalidated by ETag (caching.py)."""

    def initialize(self, rendered: RenderedPages):
        self.rendered = rendered

    def get(self, path: str):
        embed = self.get_query_argument("embed", "")
        key = page_key(path, self.get_query_argument("lang", ENGLISH), embed)
        page = self.rendered.pages.get(key)
        if page is None:
            raise web.HTTPError(404)
        if embed in EMBEDS:  # an embed view: any course page may frame it; no other page
            policy = self.settings.get("headers", {}).get("Content-Security-Policy", "")
            self.set_header("Content-Security-Policy", framable(policy))
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.write_page(key, page)

    def head(self, path: str):
        self.get(path)


class AssetHandler(SecureResponses, VersionedAssets, TemplateStaticFileHandler):
    """The template's static files (scripts, styles, plotly.js, handouts): compressed once, and
    cached for a year when asked for by the version the pages name (caching.py)."""


class DataFileHandler(SecureResponses, VersionedAssets, web.StaticFileHandler):
    """The data's downloads (build/downloads/): compressed once, revalidated by ETag."""


class NotFoundHandler(SecureResponses, web.RequestHandler):
    """Every other address: a plain 404 (no Jupyter page, API or file is served)."""

    def prepare(self):
        raise web.HTTPError(404)


class ExplainerVoila(Voila):
    """Voila's server and settings, serving only what a reader needs: the rendered pages and the
    template's static files. No kernel, Jupyter API, file, login or tree route exists."""

    def init_handlers(self) -> list:
        pages = {"rendered": self.rendered}
        root = self.server_url
        return [
            (rf"{root}()", RenderedPageHandler, pages),  # the landing page
            (rf"{root}voila/render/(.*)", RenderedPageHandler, pages),
            (f"{root}{ASSET_ROUTE}", AssetHandler),
            (f"{root}{DATA_ROUTE}", DataFileHandler, {"path": str(DOWNLOAD_DIR)}),
            (rf"{root}.*", NotFoundHandler),
        ]

    def start(self):
        self.rendered = RenderedPages(self.base_url, self.log)
        if not self.rendered.refresh():
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
