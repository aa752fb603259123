"""Section HTML from Jinja2 templates (explainer/sections/templates/), autoescaped.

Every `{{ value }}` is data and is escaped by `escaping.text`, as everywhere else in the package;
link targets go through the `href` filter (`escaping.href`), which also drops unsafe schemes.
Interface words are `{{ _("...") }}` (and `ngettext`), in the language being built; their
translations are escaped too, and placeholders are Jinja's: `_("As printed by %(source)s", ...)`.
"""

from __future__ import annotations

from functools import cache

import jinja2
from markupsafe import Markup

from explainer.components import i18n
from explainer.components.escaping import href, text
from explainer.paths import SECTION_TEMPLATE_DIR


def _escaped(value: object) -> Markup:
    """A value escaped by `text` (so `'` stays `&#x27;`); a macro's markup passes unchanged."""
    return value if isinstance(value, Markup) else Markup(text(value))


def _href(url: str) -> Markup:
    return Markup(href(url))


def _gettext(message: str) -> str:
    return text(i18n._(message))


def _ngettext(singular: str, plural: str, n: int) -> str:
    return text(i18n.ngettext(singular, plural, n))


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SECTION_TEMPLATE_DIR),
        autoescape=True,  # finalize escapes first; autoescape stays on as the safety net
        finalize=_escaped,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)
    env.filters["href"] = _href
    return env


def render(name: str, **context) -> str:
    """The template `name` (e.g. 'lesson/article.html.j2') rendered with `context`."""
    return environment().get_template(name).render(**context)
