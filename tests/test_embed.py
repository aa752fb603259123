"""Embed views: their pages (no header or footer, links opening outside the frame), their
addresses in both editions, the server's framing policy and its data route."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from explainer.components.i18n import language
from explainer.delivery import server
from explainer.delivery.static_site import event_embed_page, section_page
from explainer.site import SECTIONS, embed_url, section

VOILA_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' blob:; object-src 'none'; "
    "frame-ancestors 'none'"
)


def test_only_embed_views_may_be_framed():
    framed = server.framable(VOILA_CSP)
    assert "frame-ancestors *" in framed
    assert "frame-ancestors 'none'" not in framed
    assert framed.count("frame-ancestors") == 1
    assert "object-src 'none'" in framed and "script-src 'self'" in framed
    assert server.framable("default-src 'self'") == "default-src 'self'; frame-ancestors *"


def test_embed_addresses_in_both_editions():
    assert embed_url("timeline", "static") == "embed-timeline.html"
    assert embed_url("event", "static", event="x-1") == "embed-event.html?event=x-1"
    assert embed_url("quotes", "voila") == "02-quotes.ipynb?embed=1"
    assert embed_url("event", "voila", event="") == "01-timeline.ipynb?embed=event&event="
    with language("es"):
        assert embed_url("policy", "voila") == "03-policy.ipynb?lang=es&embed=1"
    assert server.page_key("01-timeline.ipynb", "es", "1") == "embed/es/01-timeline.ipynb"
    assert server.page_key("01-timeline.ipynb", "en", "event") == "embed-event/01-timeline.ipynb"
    assert server.page_key("01-timeline.ipynb", "en", "other") == "01-timeline.ipynb"


@pytest.mark.parametrize("edition", ["static", "voila"])
def test_an_embed_view_drops_the_header_and_footer_and_opens_links_outside(story, edition):
    for s in SECTIONS:
        full = section_page(story, s, edition)
        embed = section_page(story, s, edition, embed=True)
        assert 'class="ex-header"' in full and 'class="ex-footer"' in full
        assert 'class="ex-header"' not in embed and 'class="ex-footer"' not in embed, s.slug
        assert '<base target="_blank">' in embed and "<base" not in full
        assert 'class="ex-embed-bar"' in embed and 'class="ex-embed-footer"' in embed
        assert "data-ex-embed" in full and "data-ex-embed" not in embed
        assert '<body class="ex-page ex-embed">' in embed
    card = event_embed_page(story, edition)
    assert 'data-explainer-view="event"' in card and 'class="ex-header"' not in card


def test_the_embed_control_escapes_the_page_title():
    from explainer.delivery import static_site

    control = static_site.embed_control(section("timeline"), 'A "quoted" <title> & more', "static")
    assert 'data-embed-title="A &quot;quoted&quot; &lt;title&gt; &amp; more"' in control
    assert 'data-embed-src="embed-timeline.html"' in control
    assert re.search(r'data-embed-height="\d+"', control)


def test_every_language_and_section_has_its_embed_rendering():
    pages = server.render_pages("/")
    for prefix in ("", "es/"):
        for s in SECTIONS:
            assert "ex-embed" in pages["embed/" + prefix + s.notebook]
        assert 'data-explainer-view="event"' in pages["embed-event/" + prefix + "01-timeline.ipynb"]


def test_the_data_route_serves_plain_names_only():
    app = SimpleNamespace(server_url="/", rendered=None)
    routes = server.ExplainerVoila.init_handlers(app)

    def handler(path):
        return next(r[1] for r in routes if re.fullmatch(r[0], path))

    assert handler("/data/events.csv") is server.DataFileHandler
    assert handler("/data/translations/es/events.csv") is server.DataFileHandler
    for path in (
        "/data/../voila.json",
        "/data/%2e%2e/voila.json",
        "/data/.hidden",
        "/data/translations/../../LICENSE",
        "/data/translations/fr/events.csv",
        "/data/a/b.csv",
    ):
        assert handler(path) is server.NotFoundHandler, path
