"""`make lighthouse`: every page of both editions measured by Lighthouse, mobile preset.

Builds the static edition, starts the dashboard server (as `make serve`) and a local static host,
runs Lighthouse (the npm package pinned in package-lock.json) with Debian's Chromium on the
landing page and each section, in rounds (every page once per round), and prints per page the
median of the runs: performance score, CLS, LCP, TBT, bytes transferred and requests, plus the
checks Lighthouse makes on compression, caching, the back/forward cache and the meta description.
Writes build/lighthouse/results.json. Never downloads a browser.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from explainer.components.i18n import LANGUAGES
from explainer.delivery.static_site import build_static_site
from explainer.paths import BUILD_DIR, PROJECT_DIR
from explainer.site import EDITIONS, SLUGS, url
from explainer.tooling.serving import CHROMIUM, static_server, voila_server

OUT_DIR = BUILD_DIR / "lighthouse"
LIGHTHOUSE = os.environ.get("LIGHTHOUSE", str(PROJECT_DIR / "node_modules" / ".bin" / "lighthouse"))
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
# Every page in each language: "timeline", and "es-timeline" for the Spanish one.
PAGES = tuple(
    f"{prefix}{slug}"
    for prefix in ("", *(f"{c}-" for c in LANGUAGES if c != "en"))
    for slug in ("landing", *SLUGS)
)
# Lighthouse audits that pass (score 1) when a target is met; shown as one letter each.
CHECKS = {
    "uses-text-compression": "z",  # every text response compressed
    "uses-long-cache-ttl": "c",  # static files cached for long
    "bf-cache": "b",  # Back restores the page from the back/forward cache
    "meta-description": "d",  # the page has a meta description
}
TARGETS = {"performance": 90, "cls": 0.1, "live_bytes": 1.5e6}


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def page_url(base: str, page: str, edition: str) -> str:
    """`page`: a slug ("timeline"), or a language and a slug ("es-timeline")."""
    lang, _, slug = page.partition("-") if page.split("-")[0] in LANGUAGES else ("en", "", page)
    return base + url(slug, edition, from_root=True, lang=lang)


def lighthouse(address: str) -> dict:
    """One Lighthouse run (mobile, the default form factor) of one page: its JSON report."""
    command = [
        LIGHTHOUSE,
        address,
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance,seo",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {address}: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def figures(report: dict) -> dict:
    """The figures the table shows, from one report."""
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(requests),
        "checks": {audit: audits[audit]["score"] for audit in CHECKS},
    }


def median_of(runs: list[dict]) -> dict:
    """Each figure's median over the runs (with two runs, their mean); a check passes only if it
    passed in every run."""
    keys = [key for key in runs[0] if key != "checks"]
    merged = {key: statistics.median(run[key] for run in runs) for key in keys}
    merged["checks"] = {
        audit: all(run["checks"][audit] in (1, None) for run in runs) for audit in CHECKS
    }
    merged["runs"] = runs
    return merged


def table(results: dict) -> str:
    header = f"{'page':<15} {'edition':<7} {'perf':>5} {'CLS':>6} {'LCP s':>6} {'TBT ms':>7}"
    header += f" {'KB':>7} {'req':>4}  checks"
    lines = [header, "-" * len(header)]
    for key, row in results.items():
        slug, edition = key.split("/")
        checks = "".join(
            letter if row["checks"][audit] else "-" for audit, letter in CHECKS.items()
        )
        lines.append(
            f"{slug:<15} {edition:<7} {row['performance']:>5g} {row['cls']:>6.3f} "
            f"{row['lcp_ms'] / 1000:>6.2f} {row['tbt_ms']:>7.0f} {row['bytes'] / 1024:>7.0f} "
            f"{row['requests']:>4.0f}  {checks}"
        )
    lines.append(
        "checks: z compressed, c long-lived caching, b back/forward cache, d meta description"
        " ('-' where Lighthouse flagged the page)"
    )
    return "\n".join(lines)


def misses(results: dict) -> list[str]:
    """Each target a page misses, in words."""
    found = []
    for key, row in results.items():
        if row["performance"] < TARGETS["performance"]:
            found.append(f"{key}: performance {row['performance']:g} < 90")
        if row["cls"] > TARGETS["cls"]:
            found.append(f"{key}: CLS {row['cls']:.3f} > 0.1")
        if key.endswith("/voila") and row["bytes"] > TARGETS["live_bytes"]:
            found.append(f"{key}: {row['bytes'] / 1e6:.2f} MB > 1.5 MB")
        found += [f"{key}: {audit} flagged" for audit, ok in row["checks"].items() if not ok]
    return found


def measure(bases: dict[str, str], runs: int, pages: tuple[str, ...]) -> dict:
    reports: dict[str, list[dict]] = {}
    for round_number in range(1, runs + 1):
        for slug in pages:
            for edition, base in bases.items():
                address = page_url(base, slug, edition)
                say(f"run {round_number}/{runs}: {slug} ({edition}) {address}")
                reports.setdefault(f"{slug}/{edition}", []).append(figures(lighthouse(address)))
    return {key: median_of(found) for key, found in reports.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2, help="runs per page (default 2)")
    parser.add_argument("--page", action="append", choices=PAGES, help="only this page")
    parser.add_argument("--edition", action="append", choices=EDITIONS, help="only this edition")
    args = parser.parse_args(argv)
    if not Path(LIGHTHOUSE).exists():
        sys.exit(f"no Lighthouse at {LIGHTHOUSE}: run npm ci (it is in package-lock.json)")
    if not Path(CHROMIUM).exists():
        sys.exit(f"no Chromium at {CHROMIUM}: apt-get install chromium (never downloaded)")
    editions = tuple(args.edition or EDITIONS)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    site = OUT_DIR / "site"
    say(f"building the static edition into {site}")
    build_static_site(site)
    with (
        voila_server(OUT_DIR / "server.log") as (live, _process),
        static_server(site) as static,
    ):
        bases = {edition: {"voila": live, "static": static}[edition] for edition in editions}
        results = measure(bases, args.runs, tuple(args.page or PAGES))
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(table(results))
    missed = misses(results)
    print("\n".join(["targets missed:", *missed]) if missed else "every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
