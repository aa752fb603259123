"""The data's downloads in both editions: every CSV link answers with the bytes of data/, the
zip with the package; and what a view shows, downloaded as CSV, PNG and SVG in Chromium."""

from __future__ import annotations

import csv
import io
import re
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest
from servers import wait_until

from explainer.data.downloads import package_zip, zip_name
from explainer.paths import DATA_DIR

pytestmark = pytest.mark.browser


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and "download" in values:
            self.hrefs.append(values["href"])


def fetch(address: str):
    request = urllib.request.Request(address, headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read(), response.headers


def download_links(address: str) -> list[str]:
    page, _ = fetch(address)
    parser = Links()
    parser.feed(page.decode("utf-8"))
    return [urljoin(address, href) for href in parser.hrefs]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_csv_link_answers_with_the_bytes_of_data(edition, lang):
    pages = [edition.base_url + edition.path(None, lang)]
    pages.append(edition.base_url + edition.path("timeline", lang))  # its footer
    for address in pages:
        links = download_links(address)
        csvs = [link for link in links if link.endswith(".csv")]
        assert len(csvs) >= 14, (address, links)
        for link in csvs:
            path = link.split("/data/", 1)[1]
            body, headers = fetch(link)
            assert body == (DATA_DIR / path).read_bytes(), link
            assert headers["Content-Type"].startswith("text/csv"), link
        zips = [link for link in links if link.endswith(".zip")]
        assert zips and all(link.endswith("/data/" + zip_name()) for link in zips)
        assert fetch(zips[0])[0] == package_zip()


def test_the_server_sends_the_data_safely(voila_url):
    body, headers = fetch(voila_url + "data/events.csv")
    assert headers["Cache-Control"] == "no-cache" and headers.get("ETag")
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    request = urllib.request.Request(
        voila_url + "data/events.csv", headers={"Accept-Encoding": "gzip"}
    )
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == "gzip"
    for path in ("data/../voila.json", "data/%2e%2e/voila.json", "data/..%2fvoila.json"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            fetch(voila_url + path)
        assert refused.value.code == 404, path


def saved(download) -> bytes:
    with open(download.path(), "rb") as handle:
        return handle.read()


def test_the_timeline_downloads_the_events_shown(page, edition):
    view = edition.open(page, "timeline")
    total = view.locator(".ex-stepper select option").count()
    view.locator(".ex-groups input[value='courts']").uncheck()
    view.locator("input[type=search]").fill("2018")
    wait_until(page, f"document.querySelectorAll('.ex-stepper select option').length < {total}")
    page.wait_for_timeout(300)
    shown = page.eval_on_selector_all(".ex-stepper select option", "(os) => os.map((o) => o.value)")
    assert 0 < len(shown) < total
    with page.expect_download() as info:
        view.get_by_role("button", name="Data (CSV)").click()
    download = info.value
    assert re.fullmatch(r"timeline-story-2018-\d+-events\.csv", download.suggested_filename)
    rows = list(csv.DictReader(io.StringIO(saved(download).decode("utf-8-sig"))))
    assert [row["event_id"] for row in rows] == shown
    assert all(row["actor_group"] != "courts" for row in rows)
    assert str(len(rows)) in download.suggested_filename

    for kind, start in (("PNG", b"\x89PNG"), ("SVG", b"<svg")):
        with page.expect_download() as info:
            view.get_by_role("button", name=f"Image ({kind})").click()
        image = saved(info.value)
        assert image.startswith(start), image[:20]
        assert info.value.suggested_filename.endswith("." + kind.lower())
    svg = image.decode("utf-8")
    assert "Timeline" in svg and "data version" in svg  # the title and the source line


def test_a_dark_timeline_image_keeps_every_lane_name_readable(page, edition):
    """In the dark theme the image is dark, the lanes' names in its light text colour and the
    black lane's glyph drawn light, as on the page."""
    view = edition.open(page, "timeline")
    page.select_option("#ex-theme", "dark")
    page.wait_for_timeout(300)
    with page.expect_download() as info:
        view.get_by_role("button", name="Image (SVG)").click()
    svg = saved(info.value).decode("utf-8")
    assert "fill: rgb(18, 20, 22)" in svg  # the dark background
    advocates = re.search(r"<text[^>]*>(?:(?!</text>).)*Advocates</text>", svg, re.S).group(0)
    assert "rgb(0, 0, 0)" not in advocates and "#000000" not in advocates
    assert "fill: rgb(230, 230, 230)" in advocates  # the name in the dark theme's text colour


def test_the_policy_chart_downloads_the_categories_shown(page, edition, story):
    view = edition.open(page, "policy")
    boxes = view.locator(".ex-groups input[type=checkbox]")
    kept = boxes.nth(0).get_attribute("value")
    for i in range(1, boxes.count()):
        boxes.nth(i).uncheck()
    with page.expect_download() as info:
        view.get_by_role("button", name="Data (CSV)").click()
    assert info.value.suggested_filename == f"policy-figures-{kept}.csv"
    rows = list(csv.DictReader(io.StringIO(saved(info.value).decode("utf-8-sig"))))
    expected = [f.figure_id for f in story.figures if f.category == kept]
    assert sorted(row["figure_id"] for row in rows) == sorted(expected)
    assert {row["category"] for row in rows} == {kept}
    with page.expect_download() as info:
        view.get_by_role("button", name="Image (SVG)").click()
    assert saved(info.value).startswith(b"<svg")
    assert info.value.suggested_filename == f"policy-figures-{kept}.svg"
