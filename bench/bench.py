"""`make bench`: how fast the dashboard is for readers, against a baseline measured in the same run.

Prints a table and writes bench/results.json:
  1. time to interactive per page (median of 5), and its ratio to a trivial one-widget notebook
     served by the same Voila server in the same run; the static edition's pages likewise;
  2. interaction latency p95 per page (control change until the screen has painted);
  3. a burst of 30 readers opening the landing page and each section at once (HTTP plus the
     kernel websocket, as a browser does), p50/p95/max and failures;
  4. server memory per active reader, and kernels and memory left 120 s after readers leave.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psutil

from explainer.delivery.static_site import build_static_site
from explainer.paths import PROJECT_DIR
from explainer.site import SECTIONS as REGISTRY
from explainer.site import url
from explainer.tooling.serving import launch_chromium, voila_server

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.json"
# the sections whose pages draw a chart or comparison view in the browser
SECTIONS = {s.slug: s.notebook for s in REGISTRY if s.view in ("timeline", "quotes", "policy")}
# Two server set-ups measured in the same run. "kernel per reader" is plain Voila's way of
# working (`voila notebooks/`: a kernel started on request, kept while the tab is open, the view
# built in it); "committed" is what `make serve` runs (explainer.delivery.server): every page
# rendered once and sent to every reader, no kernel. The one-slider baseline notebook is a plain
# Voila page, so it is measured in the first set-up and both are compared with it.
PROFILES = {
    "kernel per reader": {
        "args": ("--VoilaConfiguration.preheat_kernel=False",),
        "env": {"EXPLAINER_VIEW_CACHE": "off"},
        "plain": True,
    },
    "committed": {"args": (), "env": {}, "plain": False},
}
TARGETS = {
    "tti_ratio": 1.2,
    "latency_p95_ms": 100,
    "burst_p95_s": 5.0,
    "mb_per_reader": 50,
    "kernels_left": 0,
    "static_tti_s": 1.0,
}


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else None


def say(message):
    print(f"==> {message}", flush=True)


# ---------- 1 and 2: browser measurements ----------


# Playwright's wait_for_selector polls every 500 ms once a wait passes ~0.3 s, which would add up to
# half a second of error to each load. So the page itself notes when the ready marker appeared
# (a MutationObserver from an init script) and when the frame after it had been painted.
READY_PROBE = """(() => {
  const selector = %s;
  const check = () => {
    const mounts = document.querySelector("[data-explainer-view][data-mounted]");
    if (window.__benchAdoptedAt === undefined && mounts
        && !document.querySelector("[data-explainer-view][data-mounted]:not([data-adopted])")) {
      window.__benchAdoptedAt = performance.now();  // the kernel's widget took the view over
    }
    if (window.__benchReadyAt !== undefined || !document.querySelector(selector)) return;
    window.__benchReadyAt = null;
    const note = () => { window.__benchReadyAt = performance.now(); };
    requestAnimationFrame(() => setTimeout(note, 0));
  };
  const watch = { subtree: true, childList: true, attributes: true };
  new MutationObserver(check).observe(document, watch);
})();"""


def load_time(browser, url, ready_selector):
    """Seconds from navigation start until the page's ready marker is drawn, in a fresh context,
    and until the kernel's widgets adopted the views drawn from the page (None: no such view)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(READY_PROBE % json.dumps(ready_selector))
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(ready_selector, timeout=120_000)
    ready_ms = None
    for _ in range(100):
        ready_ms = page.evaluate("window.__benchReadyAt")
        if ready_ms:
            break
        page.wait_for_timeout(20)
    if not ready_ms:
        raise RuntimeError(f"{url}: the ready probe did not report")
    page.wait_for_timeout(1500)  # stay a moment, as a reader does: the page may release its kernel
    adopted_ms = page.evaluate("window.__benchAdoptedAt")
    page.close(run_before_unload=True)  # and leave as a tab closes, so Voila's unload beacon fires
    context.close()
    return ready_ms / 1000, (adopted_ms / 1000 if adopted_ms else None)


def time_to_interactive(browser, pages, runs, process=None):
    """Per page, the median of `runs` fresh loads, taken in rounds: each round loads every page
    once (the order rotating), on a settled server whose pool has refilled, so the baseline and
    the sections are timed under the same conditions."""
    times = {name: [] for name in pages}
    adopted = {name: [] for name in pages}
    names = list(pages)
    full = kernel_count(process) if process is not None else None
    for run in range(runs):
        if process is not None:
            settle(process, kernels=full)
        order = names[run % len(names) :] + names[: run % len(names)]
        say(f"time to interactive, round {run + 1} of {runs}: {', '.join(order)}")
        for name in order:
            ready, taken_over = load_time(browser, *pages[name])
            times[name].append(ready)
            if taken_over is not None:
                adopted[name].append(taken_over)
    return {
        name: (statistics.median(t), t, statistics.median(adopted[name]) if adopted[name] else None)
        for name, t in times.items()
    }


def interact(page, view):
    """Drive each page's controls the way a reader does; return the latencies it recorded."""
    root = page.locator(f".ex-{view}")
    if view == "timeline":
        for label in page.locator(".ex-groups label").all()[:4]:
            label.click()
            label.click()
        for _ in range(8):
            root.get_by_role("button", name="Next ▶").click()
        root.get_by_role("combobox", name="Zoom").select_option("june-2018")
        root.get_by_label("Search events").fill("letter")
    elif view == "quotes":
        for option in root.get_by_label("Compare").locator("option").all()[:4]:
            root.get_by_label("Compare").select_option(option.get_attribute("value"))
        for button in root.locator(".ex-checklist button").all()[:4]:
            button.click()
        root.get_by_label("Printing B").select_option(index=1)
    elif view == "policy":
        for _ in range(7):
            root.get_by_role("button", name="Next step ▶").click()
        for label in root.locator(".ex-groups label").all()[:3]:
            label.click()
            label.click()
    page.wait_for_timeout(200)
    return page.evaluate("window.__explainerLatencies || []")


def browser_measurements(label, base_url, runs, static=False, process=None, baseline=False):
    """Time to interactive (median of `runs` fresh loads) and interaction latency per page."""
    from playwright.sync_api import sync_playwright

    def address(view):
        edition = "static" if static else "voila"
        return base_url + url(view or "landing", edition, from_root=True)

    pages = {}
    if baseline:
        pages["baseline (one slider)"] = (
            base_url + "voila/render/baseline.ipynb",
            ".widget-slider",
        )
    pages["landing"] = (address(None), ".ex-landing")
    for view in SECTIONS:  # drawn: the section's view and the footer every page ends with
        pages[view] = (address(view), f"body:has(.ex-{view}[data-ready='true']):has(.ex-footer)")
    out = {"tti": {}, "latency": {}}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        timed = time_to_interactive(browser, pages, runs, process)
        for name, (median, times, adopted) in timed.items():
            out["tti"][name] = {
                "median_s": round(median, 3),
                "runs_s": [round(t, 3) for t in times],
            }
            if adopted is not None:  # Voila: when the kernel's widget took the drawn view over
                out["tti"][name]["widget_adopted_median_s"] = round(adopted, 3)
        for view in SECTIONS:
            say(f"{label}: interaction latency, {view}")
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(address(view))
            page.wait_for_selector(f".ex-{view}[data-ready='true']", timeout=120_000)
            page.evaluate("window.__explainerLatencies = []")
            latencies = interact(page, view)
            out["latency"][view] = {
                "n": len(latencies),
                "median_ms": round(statistics.median(latencies), 1),
                "p95_ms": round(percentile(latencies, 0.95), 1),
            }
            context.close()
        browser.close()
    return out


def add_ratios(results: dict) -> None:
    """Each time to interactive as a ratio to the baseline notebook's, measured in this run."""
    plain = results["voila"].get("kernel per reader", {}).get("browser", {})
    if "baseline (one slider)" not in plain.get("tti", {}):
        return
    baseline = plain["tti"]["baseline (one slider)"]["median_s"]
    for profile in results["voila"].values():
        for row in profile["browser"]["tti"].values():
            row["ratio_to_baseline"] = round(row["median_s"] / baseline, 2)


# ---------- 3 and 4: burst of readers, memory, culling ----------


def server_tree(process):
    proc = psutil.Process(process.pid)
    return [proc, *proc.children(recursive=True)]


def rss_mb(process):
    total = 0
    for proc in server_tree(process):
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def kernel_count(process):
    count = 0
    for proc in server_tree(process):
        try:
            count += "ipykernel" in " ".join(proc.cmdline())
        except psutil.Error:
            pass
    return count


async def one_reader(base_url, path, results, sockets, timeout):
    """GET the page like a browser, then open its kernel websocket and ask for the comm info."""
    from tornado.httpclient import AsyncHTTPClient
    from tornado.websocket import websocket_connect

    started = time.perf_counter()
    try:
        response = await AsyncHTTPClient().fetch(base_url + path, request_timeout=timeout)
        body = response.body.decode("utf-8", "replace")
        marker = '"kernelId": "'
        if marker in body:
            kernel_id = body.split(marker, 1)[1].split('"', 1)[0]
            ws_url = base_url.replace("http", "ws", 1) + f"api/kernels/{kernel_id}/channels"
            socket = await websocket_connect(ws_url, connect_timeout=timeout)
            sockets.append(socket)
            msg_id = f"bench-{id(socket)}"
            socket.write_message(
                json.dumps(
                    {
                        "header": {
                            "msg_id": msg_id,
                            "username": "bench",
                            "session": msg_id,
                            "msg_type": "comm_info_request",
                            "version": "5.3",
                            "date": "",
                        },
                        "parent_header": {},
                        "metadata": {},
                        "content": {"target_name": "jupyter.widget"},
                        "channel": "shell",
                        "buffers": [],
                    }
                )
            )
            while True:
                message = await asyncio.wait_for(socket.read_message(), timeout)
                if message is None:
                    raise ConnectionError("websocket closed")
                if isinstance(message, str) and msg_id in message and "comm_info_reply" in message:
                    break
            if 'name="explainer-release-kernel" content="after-render"' in body:
                # what the page's script does once its views have drawn
                await AsyncHTTPClient().fetch(
                    base_url + f"voila/api/shutdown/{kernel_id}",
                    method="POST",
                    body=b"",
                    request_timeout=timeout,
                )
        results.append({"path": path, "seconds": time.perf_counter() - started, "ok": True})
    except Exception as err:  # a failed or hung reader is a result, not a crash
        results.append(
            {
                "path": path,
                "seconds": time.perf_counter() - started,
                "ok": False,
                "error": f"{type(err).__name__}: {err}"[:200],
            }
        )


async def burst(base_url, readers, timeout, process, peak):
    from tornado.httpclient import AsyncHTTPClient

    AsyncHTTPClient.configure(None, max_clients=readers)
    paths = [url(slug, "voila", from_root=True) for slug in ("landing", *SECTIONS)]
    results, sockets = [], []
    stop = asyncio.Event()

    async def sample():
        while not stop.is_set():
            peak["rss_mb"] = max(peak.get("rss_mb", 0), rss_mb(process))
            peak["kernels"] = max(peak.get("kernels", 0), kernel_count(process))
            await asyncio.sleep(0.25)

    sampler = asyncio.ensure_future(sample())
    await asyncio.gather(
        *(
            one_reader(base_url, paths[i % len(paths)], results, sockets, timeout)
            for i in range(readers)
        )
    )
    await asyncio.sleep(1)
    peak["rss_connected_mb"] = rss_mb(process)
    stop.set()
    await sampler
    for socket in sockets:
        socket.close()  # readers leave without the unload beacon
    return results


def settle(process, seconds: float = 180, kernels: int | None = None) -> None:
    """Wait until the server's kernel count has been stable for 5 s with the CPU idle, and, if
    `kernels` is given, back at that count (a warmed pool has refilled)."""
    deadline, last, stable_since = time.monotonic() + seconds, -1, time.monotonic()
    while time.monotonic() < deadline:
        count = kernel_count(process)
        if count != last:
            last, stable_since = count, time.monotonic()
        elif (
            time.monotonic() - stable_since >= 5
            and (kernels is None or count >= kernels)
            and psutil.cpu_percent(interval=None) < 50
        ):
            return
        time.sleep(1)
    say(f"warning: the server did not settle within {seconds:.0f} s ({last} kernels)")


def burst_measurements(process, base_url, readers, wait_after, timeout):
    kernels_before = kernel_count(process)
    baseline_rss = rss_mb(process)
    say(f"burst: {readers} readers at once (server RSS before: {baseline_rss:.0f} MB)")
    peak = {}
    started = time.perf_counter()
    results = asyncio.run(burst(base_url, readers, timeout, process, peak))
    wall = time.perf_counter() - started
    ok = [r["seconds"] for r in results if r["ok"]]
    failures = [r for r in results if not r["ok"]]
    say(f"readers left; waiting {wait_after} s for idle kernels to be culled")
    left = []
    for second in range(0, wait_after + 1, 10):
        left.append(
            {
                "after_s": second,
                "kernels": kernel_count(process),
                "rss_mb": round(rss_mb(process), 1),
            }
        )
        if second < wait_after:
            time.sleep(10)
    return {
        "readers": readers,
        "wall_s": round(wall, 2),
        "p50_s": round(percentile(ok, 0.5), 2) if ok else None,
        "p95_s": round(percentile(ok, 0.95), 2) if ok else None,
        "max_s": round(max(ok), 2) if ok else None,
        "failures": len(failures),
        "failure_examples": failures[:3],
        "baseline_rss_mb": round(baseline_rss, 1),
        "peak_rss_mb": round(peak.get("rss_mb", 0), 1),
        "peak_kernels": peak.get("kernels", 0),
        "mb_per_reader": round((peak.get("rss_connected_mb", 0) - baseline_rss) / readers, 1),
        "after_leaving": left,
        "kernels_before": kernels_before,
        "kernels_left_at_120s": next((x["kernels"] for x in left if x["after_s"] >= 120), None),
        "extra_kernels_at_120s": next(
            (x["kernels"] - kernels_before for x in left if x["after_s"] >= 120), None
        ),
        "rss_vs_baseline_at_end_mb": round(left[-1]["rss_mb"] - baseline_rss, 1),
    }


# ---------- the run ----------


def table(results):
    lines = []
    for label, profile in results["voila"].items():
        lines += ["", f"Voila, {label}:", "", "| measure | value | target |", "|---|---|---|"]
        lines += profile_rows(profile)
    lines += ["", "Static edition:", "", "| measure | value | target |", "|---|---|---|"]
    for name, row in results["static"]["tti"].items():
        lines.append(
            f"| Time to interactive, {name} | {row['median_s']:.2f} s | "
            f"{TARGETS['static_tti_s']} s |"
        )
    lines += latency_rows(results["static"]["latency"])
    return "\n".join(lines)


def latency_rows(latency):
    return [
        f"| Interaction latency p95, {name} | {row['p95_ms']:.0f} ms (n={row['n']}) | "
        f"{TARGETS['latency_p95_ms']} ms |"
        for name, row in latency.items()
    ]


def profile_rows(profile):
    lines = []
    for name, row in profile["browser"]["tti"].items():
        lines.append(
            f"| Time to interactive, {name} | {row['median_s']:.2f} s "
            f"(x{row.get('ratio_to_baseline', float('nan')):.2f} baseline) | "
            f"x{TARGETS['tti_ratio']} |"
        )
    for name, row in profile["browser"]["tti"].items():
        if "widget_adopted_median_s" in row:
            lines.append(
                f"| Kernel's widget took the drawn view over, {name} | "
                f"{row['widget_adopted_median_s']:.2f} s | |"
            )
    lines += latency_rows(profile["browser"]["latency"])
    b = profile["burst"]
    lines += [
        f"| Burst of {b['readers']}: p50 / p95 / max | {b['p50_s']} / {b['p95_s']} / "
        f"{b['max_s']} s | p95 {TARGETS['burst_p95_s']} s |",
        f"| Burst failures | {b['failures']} | 0 |",
        f"| Server memory per active reader | {b['mb_per_reader']} MB | "
        f"{TARGETS['mb_per_reader']} MB |",
        f"| Kernels left 120 s after readers leave, beyond the idle pool "
        f"({b['kernels_before']}) | {b['extra_kernels_at_120s']} | 0 |",
        f"| Server RSS vs before, at the end | {b['rss_vs_baseline_at_end_mb']:+.0f} MB | |",
    ]
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--readers", type=int, default=30)
    parser.add_argument("--wait-after", type=int, default=130)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="committed config, browser figures only, no static edition (for iterating)",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    notebooks = work / "notebooks"
    notebooks.mkdir()
    for notebook in SECTIONS.values():
        shutil.copyfile(PROJECT_DIR / "notebooks" / notebook, notebooks / notebook)
    shutil.copyfile(BENCH_DIR / "baseline.ipynb", notebooks / "baseline.ipynb")
    say("building the static edition")
    build_static_site(work / "site")
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

    static = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(work / "site"))
    )
    threading.Thread(target=static.serve_forever, daemon=True).start()
    static_url = f"http://127.0.0.1:{static.server_address[1]}/"
    results = {
        "machine": {"cpus": psutil.cpu_count(), "python": sys.version.split()[0]},
        "targets": TARGETS,
        "voila": {},
    }
    if not args.quick:
        results["static"] = browser_measurements(
            "static edition", static_url, args.runs, static=True
        )
    static.shutdown()
    profiles = {"committed": PROFILES["committed"]} if args.quick else PROFILES
    for label, profile in profiles.items():
        measured = {}
        for phase in ("browser",) if args.quick else ("browser", "burst"):
            say(f"starting a fresh Voila ({label}) for the {phase} measurements")
            log = work / f"voila-{label.replace(' ', '-')}-{phase}.log"
            with voila_server(
                log,
                notebook_dir=notebooks,
                extra_args=profile["args"],
                env=profile["env"],
                plain=profile["plain"],
            ) as (url, process):
                settle(process)
                if phase == "browser":
                    measured["browser"] = browser_measurements(
                        label, url, args.runs, process=process, baseline=profile["plain"]
                    )
                else:
                    measured["burst"] = burst_measurements(
                        process, url, args.readers, args.wait_after, args.timeout
                    )
        results["voila"][label] = measured
        if not args.quick:
            RESULTS.write_text(json.dumps(results, indent=2))
    add_ratios(results)
    if args.quick:
        print(json.dumps(results["voila"], indent=1))
        return
    RESULTS.write_text(json.dumps(results, indent=2))
    print(table(results))
    print(f"\nwrote {RESULTS.relative_to(PROJECT_DIR)}")


if __name__ == "__main__":
    main()
