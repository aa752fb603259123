"""Where correction reports go: read once from `explainer/site.toml`, which both editions use,
so a school's copy can send them to its own address or issue tracker."""

from __future__ import annotations

import tomllib
from functools import cache
from urllib.parse import urlsplit

from explainer.paths import PACKAGE_DIR

SITE_CONFIG = PACKAGE_DIR / "site.toml"


@cache
def report_target() -> dict[str, str]:
    """{"email": ..., "issue_url": ...}: each empty when not configured. A value that is not an
    address or an http(s) URL fails loudly, naming the file."""
    with SITE_CONFIG.open("rb") as file:
        section = tomllib.load(file).get("corrections", {})
    email = str(section.get("email", "")).strip()
    issue_url = str(section.get("issue_url", "")).strip()
    if email and ("@" not in email or any(c in email for c in " <>?&")):
        raise ValueError(f"{SITE_CONFIG.name}: corrections.email: {email!r} is not an address")
    if issue_url and urlsplit(issue_url).scheme not in ("http", "https"):
        raise ValueError(f"{SITE_CONFIG.name}: corrections.issue_url: {issue_url!r} is not http(s)")
    return {"email": email, "issue_url": issue_url}
