"""Page weight and caching: responses compressed, the files a page loads named by their content's
version and kept for a year, pages revalidated (304), a meta description on every page, and Back
restoring a page from the back/forward cache instead of loading it again."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from explainer.delivery.assets import PAGE_ASSETS, content_version, page_asset
from explainer.delivery.caching import IMMUTABLE, served_file
from explainer.site import EDITIONS, SECTIONS, url

ASSET_URL = re.compile(r'(?:src|href|content)="([^"]+\?v=[0-9a-f]+)"')
PAGES = ("landing", *(s.slug for s in SECTIONS))


class MetaDescription(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and values.get("name") == "description":
            self.found.append(values.get("content") or "")


def rendered(story, slug: str, edition: str) -> str:
    from explainer.delivery.static_site import landing_page, section_page
    from explainer.site import section

    if slug == "landing":
        return landing_page(story, edition)
    return section_page(story, section(slug), edition)


def get(base: str, path: str, **headers) -> tuple[int, dict, bytes]:
    """One GET, with the headers given; a 304 is an answer here, not an error."""
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request("GET", "/" + path.lstrip("/"), headers=headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_every_page_names_each_file_it_loads_by_that_files_version(story, tmp_path):
    from explainer.delivery.static_site import build_static_site

    build_static_site(tmp_path / "site")
    for edition in EDITIONS:
        for slug in PAGES:
            html = rendered(story, slug, edition)
            named = ASSET_URL.findall(html)
            assert len(named) >= 3, (edition, slug, named)  # page.js and the two style sheets
            for address in named:
                name = urlsplit(address).path.rsplit("/", 1)[-1]
                version = parse_qs(urlsplit(address).query)["v"][0]
                assert name in PAGE_ASSETS
                assert version == content_version(page_asset(name)), (edition, slug, name)
                if edition == "static":  # and the file the static edition ships is that one
                    shipped = (tmp_path / "site" / urlsplit(address).path).read_bytes()
                    assert content_version(shipped) == version


def test_every_page_has_its_own_meta_description(story):
    for edition in EDITIONS:
        descriptions = []
        for slug in PAGES:
            parser = MetaDescription()
            parser.feed(rendered(story, slug, edition))
            assert len(parser.found) == 1, (edition, slug, parser.found)
            assert len(parser.found[0]) > 40, (edition, slug, parser.found)
            descriptions.append(parser.found[0])
        assert len(set(descriptions)) == len(PAGES), descriptions


def test_a_served_file_is_read_again_when_it_changes(tmp_path):
    script = tmp_path / "views.js"
    script.write_text("let a = 1;\n" * 300)
    first = served_file(str(script))
    assert first.version == content_version(script.read_bytes())
    assert gzip.decompress(first.compressed) == script.read_bytes()
    script.write_text("let b = 2;\n" * 301)
    second = served_file(str(script))
    assert second.version != first.version
    assert gzip.decompress(second.compressed) == script.read_bytes()
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.7" + bytes(2000))
    assert served_file(str(pdf)).compressed is None  # not a text type: sent as it is


def check_page_and_its_files(base: str, page: str) -> None:
    status, headers, body = get(base, page, **{"Accept-Encoding": "gzip"})
    assert status == 200, (page, status)
    assert headers.get("content-encoding") == "gzip", (page, headers)
    assert headers.get("cache-control") == "no-cache", (page, headers)
    assert "no-store" not in str(headers)  # it would keep Back from restoring the page
    html = gzip.decompress(body).decode("utf-8")
    again = get(base, page, **{"Accept-Encoding": "gzip", "If-None-Match": headers["etag"]})
    assert again[0] == 304, (page, again[0])
    files = set(ASSET_URL.findall(html))
    assert files, page
    for address in files:
        path = urlsplit(address).path
        version = parse_qs(urlsplit(address).query)["v"][0]
        status, headers, body = get(base, address, **{"Accept-Encoding": "gzip"})
        assert status == 200, (address, status)
        assert headers.get("cache-control") == IMMUTABLE, (address, headers)
        assert headers.get("content-encoding") == "gzip", (address, headers)
        assert hashlib.sha256(gzip.decompress(body)).hexdigest()[:12] == version
        # asked for by another version (an old page), the file is revalidated, never kept
        status, headers, _ = get(base, f"{path}?v=000000000000")
        assert status == 200 and headers.get("cache-control") == "no-cache", (path, headers)
        assert "content-encoding" not in headers  # not asked for gzip: sent as it is


def test_the_static_host_compresses_caches_and_revalidates(static_url):
    for slug in ("landing", "timeline"):
        check_page_and_its_files(static_url, url(slug, "static", from_root=True))


@pytest.mark.browser  # starts the server
@pytest.mark.parametrize("slug", ["landing", "timeline", "corrections"])
def test_the_server_compresses_caches_and_revalidates(voila_url, slug):
    check_page_and_its_files(voila_url, url(slug, "voila", from_root=True))


@pytest.fixture(scope="module")
def browser_with_back_forward_cache(browser):
    """Chromium as readers have it: Playwright turns the back/forward cache off by default."""
    from servers import CHROMIUM, CHROMIUM_ARGS

    instance = browser.browser_type.launch(
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        ignore_default_args=["--disable-back-forward-cache"],
    )
    yield instance
    instance.close()


@pytest.mark.browser
def test_back_restores_the_page_without_loading_it_again(browser_with_back_forward_cache, edition):
    page = browser_with_back_forward_cache.new_page()
    try:
        edition.open(page, "timeline")
        page.evaluate(
            "window.__stillHere = true;"
            "addEventListener('pageshow', (e) => { window.__restored = e.persisted; });"
        )
        page.goto(edition.base_url + url("landing", edition.name, from_root=True))
        page.go_back(wait_until="commit")
        page.wait_for_function("window.__restored !== undefined", timeout=10_000)
        assert page.evaluate("[window.__stillHere, window.__restored]") == [True, True]
    finally:
        page.close()
