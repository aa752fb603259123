"""What the notebooks call: one function per code cell, each returning something to display.

Each reads its view model from the cache (see viewcache), so a reader's kernel does no data
work and imports neither plotly nor the data loader.
"""

from __future__ import annotations


def _view(name: str):
    from explainer.delivery.viewcache import cached_view
    from explainer.delivery.widgets import ExplainerView

    return ExplainerView(view=name, payload=cached_view(name))


def timeline():
    """The interactive timeline."""
    return _view("timeline")


def quotes():
    """The quote comparisons."""
    return _view("quotes")


def policy():
    """The policy background."""
    return _view("policy")


def lesson():
    """The classroom lesson plan (teacher view, printable)."""
    from explainer.delivery.viewcache import cached_view
    from explainer.delivery.widgets import PageHTML

    return PageHTML(cached_view("lesson"))


def presenter():
    """Presenter mode: the lesson as keyboard-driven full-screen slides."""
    return _view("presenter")


def corrections():
    """The public corrections log: every change to the data, newest first, with its reason."""
    from explainer.delivery.viewcache import cached_view
    from explainer.delivery.widgets import PageHTML

    return PageHTML(cached_view("corrections"))


def footer():
    """The footer every page ends with: counts of sources, events, quotes, figures; data version."""
    from explainer.delivery.viewcache import cached_view
    from explainer.delivery.widgets import PageHTML

    return PageHTML(cached_view("footer"))
