"""Readers as HTTP clients, and the server's kernels and memory while they come and go.

A "complete page" is a section page as a reader's browser receives it: the HTML answered 200 in
full (it ends with the footer every page has and `</html>`; on plain Voila the stream ends once
the notebook has run), then every script and stylesheet the HTML names, fetched at once as a
browser does. The views draw in the browser from these alone.
"""

from __future__ import annotations

import asyncio
import functools
import json
import re
import statistics
import time
from urllib.parse import urljoin

import psutil

KERNEL_ID = '"kernelId": "'


def say(message):
    print(f"==> {message}", flush=True)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else None


def spread(seconds: list[float]) -> dict:
    """p50, p95 and max, rounded, of a list of durations (None when empty)."""
    if not seconds:
        return {"p50_s": None, "p95_s": None, "max_s": None}
    return {
        "p50_s": round(percentile(seconds, 0.5), 3),
        "p95_s": round(percentile(seconds, 0.95), 3),
        "max_s": round(max(seconds), 3),
    }


# ---------- the server's process tree ----------


def server_tree(process) -> list[psutil.Process]:
    try:
        proc = psutil.Process(process.pid)
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return []


def rss_mb(process) -> float:
    total = 0
    for proc in server_tree(process):
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def kernels(process) -> list[psutil.Process]:
    found = []
    for proc in server_tree(process):
        try:
            if "ipykernel" in " ".join(proc.cmdline()):
                found.append(proc)
        except psutil.Error:
            pass
    return found


def kernel_count(process) -> int:
    return len(kernels(process))


def cpu_seconds(process) -> float:
    total = 0.0
    for proc in server_tree(process):
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def settle(process, seconds: float = 180, kernels: int | None = None) -> None:
    """Wait until the server's kernel count has been stable for 5 s with its processes idle
    (under a fifth of a core; other work on the machine does not count) and, if `kernels` is
    given, back at that count."""
    deadline, last, stable_since = time.monotonic() + seconds, -1, time.monotonic()
    used = cpu_seconds(process)
    while time.monotonic() < deadline:
        time.sleep(1)
        count, now_used = kernel_count(process), cpu_seconds(process)
        busy, used = now_used - used > 0.2, now_used
        if count != last or busy:
            last, stable_since = count, time.monotonic()
        elif time.monotonic() - stable_since >= 5 and (kernels is None or count >= kernels):
            return
    say(f"warning: the server did not settle within {seconds:.0f} s ({last} kernels)")


# ---------- complete pages ----------


ASSET_TAG = re.compile(r"<(script|link)\b([^>]*)>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'\b(src|href|rel)\s*=\s*"([^"]*)"', re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def asset_urls(html: str, page_url: str) -> tuple[str, ...]:
    """The same-origin scripts and stylesheets a page names, as absolute URLs, once each.
    (Cached: a hundred readers receive the same page, and the client must not be the bottleneck.)
    """
    found = []
    for tag, attributes in ASSET_TAG.findall(html):
        named = {key.lower(): value for key, value in ATTRIBUTE.findall(attributes)}
        if tag.lower() == "script" and named.get("src"):
            found.append(named["src"])
        elif named.get("href") and {"stylesheet", "preload"} & set(named.get("rel", "").split()):
            found.append(named["href"])
    origin = urljoin(page_url, "/")
    urls = (urljoin(page_url, src) for src in found)
    return tuple(dict.fromkeys(u for u in urls if u.startswith(origin)))


class IncompletePage(Exception):
    pass


def client(concurrency: int):
    """A fresh tornado HTTP client for this event loop, with `concurrency` connections."""
    from tornado.httpclient import AsyncHTTPClient

    AsyncHTTPClient.configure(None, max_clients=concurrency)
    return AsyncHTTPClient(force_instance=True)


async def complete_page(http, page_url: str, timeout: float) -> str:
    """Fetch a page and its scripts and stylesheets; the page's HTML. Raises when incomplete."""
    response = await http.fetch(page_url, request_timeout=timeout)
    html = response.body.decode("utf-8", "replace")
    if "ex-footer" not in html or not html.rstrip().endswith("</html>"):
        raise IncompletePage(f"{page_url}: the page ended before its footer")
    await asyncio.gather(
        *(http.fetch(asset, request_timeout=timeout) for asset in asset_urls(html, page_url))
    )
    return html


async def release_kernels(http, base_url: str, pages: list[str]) -> None:
    """What closing a plain Voila tab does: shut the page's kernel down (Voila's beacon)."""
    ids = {html.split(KERNEL_ID, 1)[1].split('"', 1)[0] for html in pages if KERNEL_ID in html}
    await asyncio.gather(
        *(
            http.fetch(f"{base_url}voila/api/shutdown/{kid}", method="POST", body=b"")
            for kid in ids
        ),
        return_exceptions=True,
    )


# ---------- start-up and idle memory ----------


def start_up(process, base_url: str, path: str, timeout: float = 120) -> float:
    """Seconds from the server's launch until `path` is a complete page; a kernel the page
    started is shut down again, as a closed tab's would be."""

    async def first_page():
        http = client(16)
        deadline = time.monotonic() + timeout
        while True:
            try:
                html = await complete_page(http, base_url + path, timeout)
                ready = time.time()
                await release_kernels(http, base_url, [html])
                return ready
            except Exception:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.1)

    ready = asyncio.run(first_page())
    return round(ready - psutil.Process(process.pid).create_time(), 2)


def idle(process) -> dict:
    """The server's tree with no reader, once settled: kernels and RSS."""
    settle(process)
    return {"kernels": kernel_count(process), "rss_mb": round(rss_mb(process), 1)}


# ---------- 100 readers on one page ----------


async def _one_page_burst(base_url: str, path: str, readers: int, timeout: float) -> dict:
    http = client(readers * 8)  # a browser opens up to 6 connections to a host
    pages: list[str] = []

    async def reader():
        started = time.perf_counter()
        try:
            html = await asyncio.wait_for(complete_page(http, base_url + path, timeout), timeout)
            pages.append(html)
            return time.perf_counter() - started, None
        except Exception as err:  # a failed or hung reader is a result, not a crash
            return time.perf_counter() - started, f"{type(err).__name__}: {err}"[:200]

    started, client_cpu = time.perf_counter(), time.process_time()
    outcomes = await asyncio.gather(*(reader() for _ in range(readers)))
    wall, client_cpu = time.perf_counter() - started, time.process_time() - client_cpu
    await release_kernels(http, base_url, pages)  # the class moves on to the next page
    ok = [seconds for seconds, error in outcomes if error is None]
    errors = [error for _, error in outcomes if error is not None]
    return {
        "readers": readers,
        **spread(ok),
        "failures": len(errors),
        "failure_examples": errors[:3],
        "wall_s": round(wall, 2),
        "client_cpu_s": round(client_cpu, 2),  # the readers' share of this machine's CPU
    }


def one_page_bursts(process, base_url, paths: dict, readers, repeats, timeout) -> dict:
    """`readers` readers opening the same page at once, each page in turn, `repeats` times a
    page: the median of the bursts' p95, the longest wait of all and every failure."""
    out = {}
    for name, path in paths.items():
        say(f"one-page burst: {readers} readers open {name} at once, {repeats} time(s)")
        bursts = []
        for _ in range(repeats):
            bursts.append(asyncio.run(_one_page_burst(base_url, path, readers, timeout)))
            settle(process, seconds=60)
        done = [b for b in bursts if b["p95_s"] is not None]
        out[name] = {
            "readers": readers,
            "bursts": bursts,
            "p95_s": statistics.median(b["p95_s"] for b in done) if done else None,
            "max_s": max(b["max_s"] for b in done) if done else None,
            "failures": sum(b["failures"] for b in bursts),
        }
        say(
            f"  {name}: p95 {[b['p95_s'] for b in bursts]} s, max {out[name]['max_s']} s, "
            f"{out[name]['failures']} failed"
        )
    return out


# ---------- the flood: GETs at a fixed rate from one client ----------


async def _flood(base_url, paths, rate, seconds, observe, process, timeout) -> dict:
    http = client(int(rate * seconds) + 8)
    loop = asyncio.get_running_loop()
    from tornado.simple_httpclient import HTTPTimeoutError

    samples, answered, failed, still_waiting = [], [], [], []

    async def get(path):
        started = time.perf_counter()
        # an answer still awaited when the watch ends is noted as waiting, then the server stops
        waiting = min(timeout, start + observe + 1 - loop.time())
        try:
            await http.fetch(base_url + path, request_timeout=waiting)
            answered.append(time.perf_counter() - started)
        except HTTPTimeoutError:
            still_waiting.append(path)
        except Exception:
            failed.append(path)

    def sample():
        samples.append(
            {
                "at_s": round(loop.time() - start, 1),
                "kernels": kernel_count(process),
                "rss_mb": round(rss_mb(process), 1),
            }
        )

    async def sampler():
        for second in range(observe + 1):
            await asyncio.sleep(max(0.0, start + second - loop.time()))
            sample()

    start = loop.time()
    watching = asyncio.ensure_future(sampler())
    requests = []
    for i in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, start + i / rate - loop.time()))
        requests.append(asyncio.ensure_future(get(paths[i % len(paths)])))
    sent_in = loop.time() - start
    await watching
    await asyncio.gather(*requests)
    return {
        "rate_per_s": rate,
        "seconds": seconds,
        "sent": len(requests),
        "sent_in_s": round(sent_in, 2),
        "observed_s": observe,
        "answered": len(answered),
        "answer_p95_s": round(percentile(answered, 0.95), 3) if answered else None,
        "failed": len(failed),
        "pending_at_end": len(still_waiting),
        "kernels": [s["kernels"] for s in samples],
        "rss_mb": [s["rss_mb"] for s in samples],
        **{f"{key}_start": samples[0][key] for key in ("kernels", "rss_mb")},
        **{f"{key}_peak": max(s[key] for s in samples) for key in ("kernels", "rss_mb")},
        **{f"{key}_end": samples[-1][key] for key in ("kernels", "rss_mb")},
    }


def flood(process, base_url, paths, rate, seconds, observe, timeout) -> dict:
    """`rate` GETs a second for `seconds` from one client, round the section pages, without
    waiting for answers; the server's kernels and RSS sampled every second for `observe` s."""
    say(f"flood: {rate} GETs a second for {seconds} s, watched for {observe} s")
    result = asyncio.run(_flood(base_url, list(paths), rate, seconds, observe, process, timeout))
    say(
        f"  kernels {result['kernels_start']} -> peak {result['kernels_peak']} -> "
        f"{result['kernels_end']}; RSS {result['rss_mb_start']:.0f} -> peak "
        f"{result['rss_mb_peak']:.0f} -> {result['rss_mb_end']:.0f} MB"
    )
    return result


# ---------- a burst of readers over every page, then the readers leave ----------


def _comm_info_request(msg_id: str) -> str:
    return json.dumps(
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


async def one_reader(http, base_url, path, results, sockets, timeout):
    """GET the page like a browser, then, where it has a kernel, open its websocket and ask for
    the comm info, as Voila's scripts do before a widget can show."""
    from tornado.websocket import websocket_connect

    started = time.perf_counter()
    try:
        response = await http.fetch(base_url + path, request_timeout=timeout)
        body = response.body.decode("utf-8", "replace")
        if KERNEL_ID in body:
            kernel_id = body.split(KERNEL_ID, 1)[1].split('"', 1)[0]
            ws_url = base_url.replace("http", "ws", 1) + f"api/kernels/{kernel_id}/channels"
            socket = await websocket_connect(ws_url, connect_timeout=timeout)
            sockets.append(socket)
            msg_id = f"bench-{id(socket)}"
            socket.write_message(_comm_info_request(msg_id))
            while True:
                message = await asyncio.wait_for(socket.read_message(), timeout)
                if message is None:
                    raise ConnectionError("websocket closed")
                if isinstance(message, str) and msg_id in message and "comm_info_reply" in message:
                    break
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


async def _mixed_burst(base_url, paths, readers, timeout, process, peak):
    http = client(readers)
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
            one_reader(http, base_url, paths[i % len(paths)], results, sockets, timeout)
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


def mixed_burst(process, base_url, paths, readers, wait_after, timeout) -> dict:
    """`readers` readers at once spread over the pages; then kernels and memory while they are
    gone, every 10 s for `wait_after` s."""
    kernels_before = kernel_count(process)
    baseline_rss = rss_mb(process)
    say(f"mixed burst: {readers} readers over {len(paths)} pages (RSS {baseline_rss:.0f} MB)")
    peak = {}
    started = time.perf_counter()
    results = asyncio.run(_mixed_burst(base_url, list(paths), readers, timeout, process, peak))
    wall = time.perf_counter() - started
    ok = [r["seconds"] for r in results if r["ok"]]
    failures = [r for r in results if not r["ok"]]
    say(f"readers left; watching kernels for {wait_after} s")
    left = []
    for second in range(0, wait_after + 1, 10):
        left.append(
            {"after_s": second, "kernels": kernel_count(process), "rss_mb": round(rss_mb(process))}
        )
        if second < wait_after:
            time.sleep(10)
    at_120 = next((x for x in left if x["after_s"] >= 120), None)
    return {
        "readers": readers,
        "wall_s": round(wall, 2),
        **{key: round(value, 2) if value else value for key, value in spread(ok).items()},
        "failures": len(failures),
        "failure_examples": failures[:3],
        "baseline_rss_mb": round(baseline_rss, 1),
        "peak_rss_mb": round(peak.get("rss_mb", 0), 1),
        "peak_kernels": peak.get("kernels", 0),
        "mb_per_reader": round((peak.get("rss_connected_mb", 0) - baseline_rss) / readers, 1),
        "after_leaving": left,
        "kernels_before": kernels_before,
        "kernels_left_at_120s": at_120["kernels"] if at_120 else None,
        "extra_kernels_at_120s": at_120["kernels"] - kernels_before if at_120 else None,
        "rss_vs_baseline_at_end_mb": round(left[-1]["rss_mb"] - baseline_rss, 1),
    }
