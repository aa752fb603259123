"""`make bench`: how the dashboard holds up for readers, against Voila's default in the same run.

Two server set-ups, each measured on fresh servers in one run: "committed" is what `make serve`
runs (explainer.delivery.server: every page rendered once, no kernel) and "kernel per reader"
is plain Voila (`voila notebooks/`, a kernel per page view), the baseline. For each:
  1. start-up: from the server's launch until the first section page is complete (every launch
     in the run; the median);
  2. idle memory: the server's process tree's RSS once it has settled, with no reader;
  3. one-page bursts: 100 readers opening the same page at once, each page in turn (three bursts
     a page, the median p95); p95 and max to a complete page (server_load.py says what that
     is) and failures;
  4. a flood: 60 GETs a second for 30 s from one client round the section pages, without
     waiting for answers; kernels and RSS every second;
  5. in Chromium, time to interactive per page (median of 5 fresh loads), against a one-slider
     notebook served by plain Voila in the same run, and interaction latency p95 per page
     (median of 3 fresh loads);
  6. a mixed burst of 30 readers over every page (HTTP plus the kernel websocket, as a browser
     does), memory per reader, and the kernels left 120 s after the readers leave.
The static edition's time to interactive and latency too. Prints a table with the targets and
writes bench/results.json. The baseline is slow and costly at scale, so its one-page burst
covers the landing page and the first section only, once, and its flood lasts one second (each
GET starts a kernel of about 70 MB), still watched for 30 s: see --baseline-pages and
--baseline-flood-seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import psutil
from browser_figures import browser_measurements
from report import BASELINE, COMMITTED, table
from server_load import (
    flood,
    idle,
    mixed_burst,
    one_page_bursts,
    say,
    settle,
    start_up,
)

from explainer.delivery.assets import write_template_assets
from explainer.delivery.static_site import build_static_site
from explainer.paths import PROJECT_DIR
from explainer.site import SECTIONS, url
from explainer.tooling.serving import static_server, voila_server

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.json"
PROFILES = {
    COMMITTED: {"args": (), "env": {}, "plain": False},
    # Voila's default: a kernel started per page view, the view built in it (no view cache)
    BASELINE: {
        "args": ("--VoilaConfiguration.preheat_kernel=False",),
        "env": {"EXPLAINER_VIEW_CACHE": "off"},
        "plain": True,
    },
}
PHASES = ("load", "flood", "browser", "leave")
TARGETS = {
    "start_up_s": 5.0,
    "idle_rss_mb": 400,
    "one_page_readers": 100,
    "one_page_p95_s": 2.0,
    "flood_rate": 60,
    "flood_seconds": 30,
    "tti_ratio": 1.2,
    "latency_p95_ms": 50,
    "mixed_burst_p95_s": 5.0,
    "mb_per_reader": 50,
    "wait_after_s": 120,
    "kernels_left": 0,
    "static_tti_s": 1.0,
}
MARKER = "EXPLAINER_BENCH_SERVER"  # set in each server's environment, to find what it leaves


def page_paths() -> dict[str, str]:
    """Every page's path from the server's root: the landing page, then each section's."""
    paths = {"landing": url("landing", "voila", from_root=True)}
    return paths | {s.slug: url(s.slug, "voila", from_root=True) for s in SECTIONS}


def left_behind(marker: str) -> int:
    """End, by pid, every process a stopped server left (its environment carries `marker`)."""
    left = []
    for proc in psutil.process_iter():
        try:
            if proc.environ().get(MARKER) == marker:
                left.append(proc)
        except psutil.Error:
            pass
    for proc in left:
        proc.terminate()
    _, alive = psutil.wait_procs(left, timeout=10)
    for proc in alive:
        proc.kill()
    return len(left)


@contextmanager
def fresh_server(label: str, phase: str, notebooks: Path, work: Path, out: dict):
    """A new server of the set-up; notes its start-up time, and checks it left no process."""
    profile, marker = PROFILES[label], uuid.uuid4().hex
    say(f"{label}: starting a fresh server for the {phase} phase")
    with voila_server(
        work / f"voila-{label.replace(' ', '-')}-{phase}.log",
        notebook_dir=notebooks,
        extra_args=profile["args"],
        env={**profile["env"], MARKER: marker},
        plain=profile["plain"],
    ) as (base_url, process):
        started = start_up(process, base_url, page_paths()[SECTIONS[0].slug])
        out.setdefault("start_up_s", []).append(started)
        say(f"  first section page complete {started:.2f} s after the launch")
        yield base_url, process
    left = left_behind(marker)
    out["processes_left_after_stop"] = out.get("processes_left_after_stop", 0) + left
    if left:
        say(f"  the stopped server left {left} process(es); ended them")


def measure(label: str, phases, notebooks: Path, work: Path, args) -> dict:
    plain = PROFILES[label]["plain"]
    out: dict = {}
    paths = page_paths()
    sections = {slug: path for slug, path in paths.items() if slug != "landing"}
    if "load" in phases:
        with fresh_server(label, "load", notebooks, work, out) as (base_url, process):
            out["idle"] = idle(process)
            say(f"  idle: {out['idle']['rss_mb']:.0f} MB, {out['idle']['kernels']} kernels")
            burst_pages = dict(list(paths.items())[: 1 + args.baseline_pages]) if plain else paths
            repeats = 1 if plain else args.burst_repeats
            out["one_page_burst"] = one_page_bursts(
                process, base_url, burst_pages, args.one_page_readers, repeats, args.timeout
            )
    if "flood" in phases:
        with fresh_server(label, "flood", notebooks, work, out) as (base_url, process):
            settle(process)
            seconds = args.baseline_flood_seconds if plain else args.flood_seconds
            out["flood"] = flood(
                process,
                base_url,
                sections.values(),
                args.flood_rate,
                seconds,
                args.flood_seconds,
                args.timeout,
            )
    if "browser" in phases:
        with fresh_server(label, "browser", notebooks, work, out) as (base_url, process):
            settle(process)
            out["browser"] = browser_measurements(
                label, base_url, args.runs, args.latency_runs, process=process, baseline=plain
            )
    if "leave" in phases:
        with fresh_server(label, "leave", notebooks, work, out) as (base_url, process):
            settle(process)
            out["burst"] = mixed_burst(
                process, base_url, paths.values(), args.readers, args.wait_after, args.timeout
            )
    if out.get("start_up_s"):
        out["start_up_median_s"] = round(statistics.median(out["start_up_s"]), 2)
    return out


def add_ratios(results: dict) -> None:
    """Each time to interactive as a ratio to the one-slider notebook's, measured in this run."""
    plain = results["voila"].get(BASELINE, {}).get("browser", {})
    if "baseline (one slider)" not in plain.get("tti", {}):
        return
    baseline = plain["tti"]["baseline (one slider)"]["median_s"]
    for profile in results["voila"].values():
        for row in profile.get("browser", {}).get("tti", {}).values():
            row["ratio_to_baseline"] = round(row["median_s"] / baseline, 2)


def arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add = parser.add_argument
    add("--runs", type=int, default=5, help="fresh loads per page for time to interactive")
    add("--latency-runs", type=int, default=3, help="fresh loads per page for latency")
    add("--readers", type=int, default=30, help="readers in the mixed burst")
    add("--one-page-readers", type=int, default=TARGETS["one_page_readers"])
    add("--burst-repeats", type=int, default=3, help="one-page bursts per page (committed)")
    add("--baseline-pages", type=int, default=1, help="sections in the baseline's one-page burst")
    add("--flood-rate", type=int, default=TARGETS["flood_rate"], help="GETs a second")
    add("--flood-seconds", type=int, default=TARGETS["flood_seconds"])
    add("--baseline-flood-seconds", type=int, default=1)
    add("--wait-after", type=int, default=TARGETS["wait_after_s"], help="seconds to watch after")
    add("--timeout", type=float, default=120, help="a reader's wait before it counts as failed")
    add("--profiles", nargs="+", choices=list(PROFILES), default=list(PROFILES))
    add("--phases", nargs="+", choices=PHASES, default=list(PHASES))
    add("--no-static", action="store_true", help="skip the static edition")
    return parser.parse_args(argv)


def main(argv=None):
    args = arguments(argv)
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    notebooks = work / "notebooks"
    notebooks.mkdir()
    for section in SECTIONS:
        shutil.copyfile(PROJECT_DIR / "notebooks" / section.notebook, notebooks / section.notebook)
    shutil.copyfile(BENCH_DIR / "baseline.ipynb", notebooks / "baseline.ipynb")
    write_template_assets()  # as on a built checkout: the servers' launches then find them
    results = {
        "machine": {"cpus": psutil.cpu_count(), "python": sys.version.split()[0]},
        "targets": TARGETS,
        "settings": vars(args),
        "voila": {},
    }
    if not args.no_static:
        say("building the static edition")
        build_static_site(work / "site")
        with static_server(work / "site") as static_url:
            results["static"] = browser_measurements(
                "static edition", static_url, args.runs, args.latency_runs, static=True
            )
    for label in args.profiles:
        results["voila"][label] = measure(label, args.phases, notebooks, work, args)
        RESULTS.write_text(json.dumps(results, indent=2))
    add_ratios(results)
    results["minutes"] = round((time.monotonic() - began) / 60, 1)
    RESULTS.write_text(json.dumps(results, indent=2))
    print(table(results))
    print(f"\nwrote {RESULTS.relative_to(PROJECT_DIR)} after {results['minutes']} min")


if __name__ == "__main__":
    main()
