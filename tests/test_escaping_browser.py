"""Markup in the data renders as text and never runs, in every view (static edition harness)."""

from __future__ import annotations

import dataclasses

import pytest
from servers import Edition, static_server

from explainer.delivery.static_site import build_static_site

pytestmark = pytest.mark.browser
PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def poisoned(story):
    """The real story with markup planted in fields every view shows (bypassing validation)."""
    event = dataclasses.replace(story.events[0], title="T" + PAYLOAD, description="D" + PAYLOAD)
    pair = story.quote_pairs[0]
    quote_id = pair.left_quote_ids[0]
    quotes = tuple(
        dataclasses.replace(q, text=q.text + PAYLOAD, context=PAYLOAD)
        if q.quote_id == quote_id
        else q
        for q in story.quotes
    )
    glossary = (dataclasses.replace(story.glossary[0], definition=PAYLOAD),) + story.glossary[1:]
    step = dataclasses.replace(story.policy_steps[0], explanation=PAYLOAD)
    return (
        dataclasses.replace(
            story,
            events=(event,) + story.events[1:],
            quotes=quotes,
            glossary=glossary,
            policy_steps=(step,) + story.policy_steps[1:],
            _index={},
        ),
        event,
        quote_id,
    )


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory, story):
    evil, event, quote_id = poisoned(story)
    site = tmp_path_factory.mktemp("poisoned")
    build_static_site(site, story=evil)
    with static_server(site) as url:
        yield Edition("static", url), event, quote_id


def test_markup_in_event_text_is_shown_as_text(page, poisoned_site):
    edition, event, _ = poisoned_site
    view = edition.open(page, "timeline", f"?event={event.event_id}")
    assert view.locator(".ex-card-title").inner_text() == event.title
    assert PAYLOAD in view.locator(".ex-card-body").inner_text()
    box = view.locator(".ex-chart .scatterlayer .point").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None


def test_markup_in_quotes_and_glossary_is_shown_as_text(page, poisoned_site):
    edition, _, quote_id = poisoned_site
    view = edition.open(page, "quotes")
    assert PAYLOAD in view.locator(f"blockquote[data-quote='{quote_id}']").first.inner_text()
    policy = edition.open(page, "policy")
    assert PAYLOAD in policy.locator(".ex-step-card").inner_text()
    assert PAYLOAD in policy.locator(".ex-glossary").inner_text()
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("window.__xss") is None
