"""The section registry: one list of sections, addresses for both editions, config that agrees."""

import json

import pytest

from explainer.paths import NOTEBOOK_DIR, PROJECT_DIR
from explainer.site import SECTIONS, handout_dir, nav_links, section, section_of_view, url


def test_every_section_has_a_notebook_and_every_notebook_a_section():
    assert sorted(s.notebook for s in SECTIONS) == sorted(
        p.name for p in NOTEBOOK_DIR.glob("*.ipynb")
    )
    assert len({s.slug for s in SECTIONS}) == len(SECTIONS)


def test_addresses_in_each_edition():
    assert url("timeline", "voila", from_root=True) == "voila/render/01-timeline.ipynb"
    assert url("timeline", "voila") == "01-timeline.ipynb"
    assert url("timeline", "static") == "timeline.html"
    assert url("policy", "static", term="") == "policy.html?term="
    assert url("timeline", "voila", event="e 1&x") == "01-timeline.ipynb?event=e+1%26x"
    assert url("landing", "static") == "index.html"
    assert url("landing", "voila", from_root=True) == ""
    assert handout_dir("static") == "handouts/"
    assert handout_dir("voila", from_root=True) == "voila/templates/explainer/static/generated/"


def test_unknown_names_give_clear_errors():
    with pytest.raises(KeyError, match="no section 'maps'; the sections are timeline"):
        url("maps", "static")
    with pytest.raises(ValueError, match="unknown edition 'pdf'"):
        url("timeline", "pdf")
    with pytest.raises(KeyError, match="no section mounts the view 'maps'"):
        section_of_view("maps")


def test_nav_links_cover_every_header_section_in_both_editions():
    links = nav_links()
    shown = [s for s in SECTIONS if s.in_nav]
    assert [link["nav"] for link in links] == [s.nav for s in shown]
    assert [s.slug for s in SECTIONS if not s.in_nav] == ["translation"]
    for link, s in zip(links, shown, strict=True):
        assert link["voila"] == url(s.slug, "voila", from_root=True)
        assert link["static"] == url(s.slug, "static")


def test_addresses_carry_the_language():
    from explainer.components.i18n import language

    assert url("timeline", "voila", from_root=True, lang="es", event="x") == (
        "voila/render/01-timeline.ipynb?lang=es&event=x"
    )
    assert url("policy", "static", lang="es", term="") == "policy.html?term="
    assert url("landing", "static", from_root=True, lang="es") == "es/index.html"
    with language("es"):
        assert url("landing", "voila") == "../../?lang=es"
        assert nav_links()[0]["static"] == "timeline.html"
    with pytest.raises(ValueError, match="unknown language"):
        url("timeline", "static", lang="fr")


def test_views_belong_to_their_sections():
    for s in SECTIONS:
        if s.view:
            assert section_of_view(s.view) is s
    assert section("lesson").view == "presenter"


def test_voila_config_starts_no_kernel_ahead_and_names_no_pool():
    config = json.loads((PROJECT_DIR / "voila.json").read_text())
    assert config["VoilaConfiguration"]["preheat_kernel"] is False
    assert "VoilaKernelManager" not in config


def test_header_and_landing_link_every_section(story):
    from explainer.delivery.static_site import header_html
    from explainer.sections.landing import landing_html

    header, landing = header_html(), landing_html(story, static=True)
    for s in SECTIONS:
        assert (f'href="{s.static_page}">{s.nav}</a>' in header) is s.in_nav
        assert f'href="{s.static_page}"><strong>{s.title}</strong>' in landing
