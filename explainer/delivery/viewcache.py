"""View models computed once and kept as JSON, so a notebook run in a kernel only reads a file.

A cached view is reused while the data and the package's code are unchanged (same files, sizes
and modification times); otherwise it is rebuilt. `python -m explainer assets` fills the cache
before the server starts, so no reader pays for building it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from explainer.paths import CACHE_DIR, DATA_DIR, view_inputs


def fingerprint(data_dir: Path = DATA_DIR) -> str:
    """A digest of every input a view depends on (`paths.view_inputs`)."""
    digest = hashlib.sha256()
    for path in view_inputs(data_dir):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _builders():
    from explainer.sections.corrections import corrections_html
    from explainer.sections.landing import footer_html
    from explainer.sections.lesson import lesson_html, presenter_view
    from explainer.sections.policy import policy_view
    from explainer.sections.quotes import quotes_view
    from explainer.sections.timeline import timeline_view

    return {
        "timeline": timeline_view,
        "quotes": quotes_view,
        "policy": policy_view,
        "footer": footer_html,
        "corrections": corrections_html,
        "lesson": lesson_html,
        "presenter": presenter_view,
    }


def cached_view(name: str, cache_dir: Path = CACHE_DIR):
    """The named view model (or footer HTML), from the cache when it is current.

    EXPLAINER_VIEW_CACHE=off builds it in place every time (the benchmark's baseline)."""
    if os.environ.get("EXPLAINER_VIEW_CACHE") == "off":
        from explainer.data.loading import load_story

        return _builders()[name](load_story())
    stamp = fingerprint()
    path = cache_dir / f"{name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["fingerprint"] == stamp:
            return stored["value"]
    except (OSError, ValueError, KeyError):
        pass
    from explainer.data.loading import load_story

    value = _builders()[name](load_story())
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=cache_dir, delete=False, suffix=".tmp", encoding="utf-8"
    ) as handle:
        json.dump({"fingerprint": stamp, "value": value}, handle, ensure_ascii=False)
    os.replace(handle.name, path)  # atomic: readers never see half a file
    return value


def fill_cache() -> list[str]:
    """Build every cached view now; returns their names."""
    names = list(_builders())
    for name in names:
        cached_view(name)
    return names
