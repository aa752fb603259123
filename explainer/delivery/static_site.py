"""The reader edition: the whole explainer as static HTML, built from the same notebooks and views.

Each notebook becomes one page: its Markdown cells become HTML and each `pages.NAME()` cell
becomes the same browser view Voila shows, fed with the same JSON. No kernel, no other host.
"""

from __future__ import annotations

import ast
import shutil
import time
from functools import cache
from pathlib import Path

import jinja2
import nbformat
from markdown_it import MarkdownIt

from explainer.components.escaping import KEPT_ENGLISH, SPAN_EN, href, text
from explainer.components.formatting import data_credit
from explainer.components.i18n import ENGLISH, LANGUAGES, N_, _, current_language, language
from explainer.data.downloads import write_downloads
from explainer.data.loading import load_story
from explainer.data.records import Story
from explainer.delivery.assets import QR_SCRIPT, VIEWS_SCRIPT, asset_versions, write_page_assets
from explainer.delivery.handout import publish_handouts
from explainer.delivery.mounts import view_mount
from explainer.delivery.switch import language_switch, messages_script
from explainer.paths import NOTEBOOK_DIR, SITE_DIR, TEMPLATE_DIR
from explainer.sections.corrections import corrections_html
from explainer.sections.landing import footer_html, landing_html
from explainer.sections.lesson import lesson_html, presenter_view
from explainer.sections.notebook_text import markdown_cells
from explainer.sections.policy import policy_view
from explainer.sections.quotes import quotes_view
from explainer.sections.source_citing import SCRIPT_META, script_name
from explainer.sections.timeline import timeline_view
from explainer.site import (
    DOWNLOAD_DIR,
    EMBED_EVENT,
    EMBED_HEIGHT,
    EMBED_HEIGHTS,
    LANDING_DESCRIPTION,
    SECTIONS,
    Section,
    download_dir,
    embed_url,
    handout_dir,
    nav_links,
    url,
)

STATIC_HANDOUT_HREF = handout_dir("static")
VIEWS = {
    "timeline": timeline_view,
    "quotes": quotes_view,
    "policy": policy_view,
    "presenter": lambda story, glossary_href, static: presenter_view(story),
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
LANDING_TITLE = N_("Microsoft, ICE and the family separations of June 2018")
# Where Voila serves the template's static files (the scripts, styles and plotly.js).
VOILA_ASSETS = "voila/templates/explainer/static/"
MARKDOWN = MarkdownIt("commonmark", {"html": False})
# An embed view's links open outside the frame, in a new tab (the course page stays).
EMBED_BASE = '<base target="_blank">\n'


def kept_english(html: str) -> str:
    """Words a translation keeps verbatim in English, `[[...]]`, marked as English (WCAG 3.1.2).
    `html` is rendered Markdown: the text inside is escaped already."""
    return KEPT_ENGLISH.sub(SPAN_EN, html)


def page_call(source: str) -> str | None:
    """'pages.timeline()' -> 'timeline'; None for any other cell (imports)."""
    try:
        tree = ast.parse(source.strip())
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    call = tree.body[0].value
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "pages"
        and not call.args
        and not call.keywords
    ):
        return call.func.attr
    return None


@cache
def _header_templates() -> jinja2.Environment:
    """The template folder's Jinja environment, made once: its templates are compiled once, and
    again only when a file changes (the loader checks)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
    )
    # `_` translates into the language being built when it is called
    env.install_gettext_callables(_, lambda s, p, n: s if n == 1 else p, newstyle=True)
    return env


def header_html(edition: str = "static", base: str = "", slug: str = "landing") -> str:
    return (
        _header_templates()
        .get_template("header.html")
        .render(
            base=base,
            static=edition == "static",
            sections=nav_links(),
            switch=language_switch(slug, edition, base),
        )
    )


def asset_dir(edition: str, base_url: str = "/") -> str:
    """Where a page finds the shared scripts and styles."""
    if edition == "static":
        return "assets/" if current_language() == ENGLISH else "../assets/"
    return f"{base_url}{VOILA_ASSETS}"


def asset_urls(edition: str, base_url: str = "/") -> dict[str, str]:
    """Each page asset's address, naming its version (`?v=`, a hash of its content): a changed
    file gets a new address, so browsers may keep each one for good (see server.py)."""
    assets = asset_dir(edition, base_url)
    return {name: f"{assets}{name}?v={version}" for name, version in asset_versions().items()}


# How a page with charts asks for plotly.js, by its notebook's metadata `explainer.plotly`: true,
# a chart on the first screen: fetched and run while the page parses, not when the chart asks
# for it; "later", charts further down, drawn when the reader nears them: nothing here, the
# view fetches it once the page has loaded (chart.js), so it never holds up the page's opening.
PLOTLY_HINTS = {True: '<script defer src="{src}"></script>', "later": ""}


def page_html(
    title: str,
    body: str,
    needs_views: bool,
    needs_plotly: bool | str = False,
    edition: str = "static",
    base_url: str = "/",
    description: str = "",
    slug: str = "landing",
    embed: bool = False,
) -> str:
    """A whole page in the language being built: the static edition's, or (edition="voila")
    the one the server renders once and sends to every reader of a section. `needs_plotly`:
    True when a chart is drawn as the page opens, "later" when its charts lie below the first
    screen (see PLOTLY_HINTS). `embed`: the page framed in a course page, with no header, its
    links opening outside the frame."""
    urls = asset_urls(edition, base_url)
    scripts = f'<script defer src="{urls[VIEWS_SCRIPT]}"></script>' if needs_views else ""
    if PLOTLY_HINTS.get(needs_plotly):
        scripts = PLOTLY_HINTS[needs_plotly].format(src=urls["plotly.min.js"]) + "\n" + scripts
    header = header_html(edition, "" if edition == "static" else base_url, slug)
    skip = text(_("Skip to content"))  # outside the f-string, where pybabel finds it
    top = f'<a class="ex-skip" href="#main">{skip}</a>\n{header}'
    if embed:
        top = ""
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="explainer-plotly" content="{urls["plotly.min.js"]}">\n'
        f'<meta name="explainer-qr" content="{urls[QR_SCRIPT]}">\n'
        f'<meta name="{SCRIPT_META}" content="{urls[script_name(current_language())]}">\n'
        f"{EMBED_BASE if embed else ''}"
        f"<title>{text(title)}</title>\n"
        f'<meta name="description" content="{text(description)}">\n'
        '<link rel="icon" href="data:;base64,=">\n'
        f'<link rel="stylesheet" href="{urls["site.css"]}">\n'
        f'<link rel="stylesheet" href="{urls["views.css"]}">\n'
        f'<script src="{urls["page.js"]}"></script>\n'
        f"{messages_script() if needs_views else ''}"
        f'{scripts}\n</head>\n<body class="ex-page{" ex-embed" if embed else ""}">\n'
        f"{top}\n{body}\n</body>\n</html>\n"
    )


def notebook_body(
    story: Story,
    notebook: Path,
    edition: str = "static",
    section: Section | None = None,
    embed: bool = False,
) -> tuple[str, str, bool]:
    """The page title, the body HTML and whether it mounts a view. `section`'s page gets an
    Embed control above its footer; its embed view (`embed`) ends with the data's credit."""
    static = edition == "static"
    nb = nbformat.read(notebook, as_version=4)
    parts, title, mounts = [], notebook.stem, 0
    translated = markdown_cells(notebook.name, current_language())
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            source = translated.get(cell.get("id"), cell.source)
            if title == notebook.stem and source.startswith("# "):
                title = source.splitlines()[0][2:].strip()
            parts.append(f'<div class="ex-markdown">{kept_english(MARKDOWN.render(source))}</div>')
            continue
        name = page_call(cell.source)
        if name == "footer" and embed:
            parts.append(embed_footer(story))
        elif name == "footer":
            if section is not None:
                parts.append(embed_control(section, title, edition))
            parts.append(footer_html(story, download_dir(edition)))
        elif name == "corrections":
            parts.append(corrections_html(story, static=static))
        elif name == "lesson":
            parts.append(
                lesson_html(
                    story,
                    event_href=url("timeline", edition, event=""),
                    handout_href=handout_dir(edition),
                )
            )
        elif name in VIEWS:
            mounts += 1
            glossary = "?term=" if name == "policy" else url("policy", edition, term="")
            view = VIEWS[name](story, glossary_href=glossary, static=static)
            parts.append(view_mount(name, view))
        elif name is not None:
            raise ValueError(f"{notebook.name}: no static view for pages.{name}()")
    body = '<main id="main" class="ex-static-main">' + "\n".join(parts) + "</main>"
    if embed and section is not None:
        body = embed_bar(url(section.slug, edition)) + body
    return title, body, mounts > 0


def section_page(
    story: Story,
    section: Section,
    edition: str = "static",
    base_url: str = "/",
    embed: bool = False,
) -> str:
    """One section's whole page, from its notebook's Markdown and page calls; `embed`: its
    embed view, for a frame in a course page (no header or footer)."""
    notebook = NOTEBOOK_DIR / section.notebook
    title, body, needs_views = notebook_body(story, notebook, edition, section, embed)
    needs_plotly = (
        nbformat.read(notebook, as_version=4).metadata.get("explainer", {}).get("plotly", False)
    )
    description = _(section.blurb)
    return page_html(
        title,
        body,
        needs_views,
        needs_plotly,
        edition,
        base_url,
        description,
        section.slug,
        embed,
    )


def event_embed_page(story: Story, edition: str = "static", base_url: str = "/") -> str:
    """One event's card, for a frame in a course page: the event the address names (?event=),
    drawn by the browser from the timeline's events."""
    timeline = timeline_view(story, glossary_href=url("policy", edition, term=""))
    payload = {"events": timeline["events"], "links": timeline["links"]}
    body = (
        embed_bar(url("timeline", edition), event_link=True)
        + '<main id="main" class="ex-static-main ex-embed-event">'
        + view_mount("event", payload)
        + embed_footer(story)
        + "</main>"
    )
    title = _("An event from the timeline")
    return page_html(title, body, True, False, edition, base_url, title, "timeline", True)


def embed_bar(full_href: str, event_link: bool = False) -> str:
    """The line an embed view starts with: a link to the full page (for an event's card, the
    view adds the event to it)."""
    words = text(_("Open the full explainer"))
    data = f' data-event-href="{href(full_href)}"' if event_link else ""
    return (
        f'<p class="ex-embed-bar"><a class="ex-embed-open" href="{href(full_href)}"{data}>'
        f"{words} ↗</a></p>"
    )


def embed_footer(story: Story) -> str:
    """What an embed view ends with: whose explainer and data it shows, under what licence."""
    return f'<footer class="ex-embed-footer"><p>{text(data_credit(story))}.</p></footer>'


def embed_control(section: Section, title: str, edition: str) -> str:
    """A section page's Embed control: the code of a frame showing the section's embed view,
    filled in by page.js (with this host's address and the reader's place) when opened."""
    return embed_control_html(
        embed_url(section.slug, edition),
        title,
        EMBED_HEIGHTS.get(section.slug, EMBED_HEIGHT),
        summary=_("Embed this page in a course page"),
        key=section.slug,
    )


def embed_control_html(src: str, title: str, height: int, summary: str, key: str) -> str:
    """The Embed control's markup (js/src/embed-control.js makes the same for an event)."""
    code, script = f"ex-embed-code-{key}", f"ex-embed-script-{key}"
    words = {
        "how": text(
            _(
                "Paste this code into a course page or a learning platform (LMS) that accepts "
                "HTML: it shows this page without the site's header and footer, in a frame."
            )
        ),
        "code": text(_("Code to paste")),
        "copy": text(_("Copy")),
        "copied": text(_("Copied")),
        "optional": text(
            _(
                "Optional: paste this script once into the same course page, and each frame "
                "grows to fit what it shows. Without it the frame keeps a fixed height and "
                "scrolls."
            )
        ),
        "script": text(_("Script for the course page (optional)")),
    }
    field = (
        '<div class="ex-embed-field"><label for="{id}">{label}</label>'
        '<textarea id="{id}" class="{cls}" readonly rows="4" spellcheck="false"></textarea>'
        '<button type="button" class="ex-embed-copy" data-copied="{copied}">{copy}</button></div>'
    )
    return (
        '<details class="ex-embed-control" data-ex-embed data-embed-place '
        f'data-embed-src="{href(src)}" data-embed-title="{text(title)}" '
        f'data-embed-height="{int(height)}">'
        f"<summary>{text(summary)}</summary><p>{words['how']}</p>"
        + field.format(id=code, label=words["code"], cls="ex-embed-code", **words)
        + f"<p>{words['optional']}</p>"
        + field.format(id=script, label=words["script"], cls="ex-embed-script", **words)
        + "</details>"
    )


def landing_page(story: Story, edition: str = "static", base_url: str = "/") -> str:
    """The landing page, whole: the story in three sentences, the sections, handouts, citing."""
    body = landing_html(story, static=edition == "static")
    return page_html(
        _(LANDING_TITLE),
        body,
        False,
        edition=edition,
        base_url=base_url,
        description=_(LANDING_DESCRIPTION),
    )


def build_static_site(out_dir: Path = SITE_DIR, story: Story | None = None) -> list[Path]:
    """Write the reader edition into out_dir, English at its root and each other language in
    its own folder (site/es/); returns the pages written."""
    started = time.monotonic()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    assets = out_dir / "assets"
    assets.mkdir(parents=True)
    print(f"==> copying assets to {assets}")
    write_page_assets(assets)
    print(f"==> handouts in {out_dir / STATIC_HANDOUT_HREF}")
    publish_handouts(out_dir / STATIC_HANDOUT_HREF)
    print(f"==> the data's downloads in {out_dir / DOWNLOAD_DIR}")
    write_downloads(out_dir / DOWNLOAD_DIR)
    pages = []
    for code in LANGUAGES:
        with language(code):
            folder = out_dir if code == ENGLISH else out_dir / code
            folder.mkdir(exist_ok=True)
            pages += _write_pages(
                folder, story if story and code == ENGLISH else load_story(language=code)
            )
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    print(
        f"==> static site: {len(pages)} pages, {size / 1e6:.1f} MB, "
        f"{time.monotonic() - started:.1f} s, in {out_dir}"
    )
    return pages


def _write_pages(folder: Path, story: Story) -> list[Path]:
    """The landing page and every section's page of one language, into `folder`."""
    pages = [folder / "index.html"]
    pages[0].write_text(landing_page(story), encoding="utf-8")
    for section in SECTIONS:
        print(f"==> {folder.name}/{section.static_page} from notebooks/{section.notebook}")
        target = folder / section.static_page
        target.write_text(section_page(story, section), encoding="utf-8")
        embed = folder / embed_url(section.slug, "static")
        embed.write_text(section_page(story, section, embed=True), encoding="utf-8")
        pages += [target, embed]
    event = folder / embed_url(EMBED_EVENT, "static")
    event.write_text(event_embed_page(story), encoding="utf-8")
    return [*pages, event]
