"""The bench's table: both server set-ups side by side, the ratio between them and the target."""

from __future__ import annotations

COMMITTED, BASELINE = "committed", "kernel per reader"
HEADER = [
    f"| measure | {COMMITTED} | {BASELINE} (Voila's default) | ratio | target |",
    "|---|---|---|---|---|",
]
NOT_RUN = "not run"


def ratio(committed, baseline) -> str:
    if not isinstance(committed, int | float) or not isinstance(baseline, int | float):
        return ""
    return f"x{committed / baseline:.2g}" if baseline else ""


def row(measure, committed, baseline, target, numbers=(None, None)) -> str:
    """One line; `numbers` are the two figures the ratio compares (committed, baseline)."""
    return f"| {measure} | {committed} | {baseline} | {ratio(*numbers)} | {target} |"


def seconds(value) -> str:
    return NOT_RUN if value is None else f"{value:.2f} s"


def table(results: dict) -> str:
    voila, targets = results["voila"], results["targets"]
    committed, baseline = voila.get(COMMITTED, {}), voila.get(BASELINE, {})
    lines = ["", "Voila, both set-ups in the same run:", "", *HEADER]
    lines += start_and_idle_rows(committed, baseline, targets)
    lines += one_page_rows(committed, baseline, targets)
    lines += flood_rows(committed, baseline, targets)
    lines += browser_rows(committed, baseline, targets)
    lines += mixed_burst_rows(committed, baseline, targets)
    if "processes_left_after_stop" in committed or "processes_left_after_stop" in baseline:
        c = committed.get("processes_left_after_stop", NOT_RUN)
        b = baseline.get("processes_left_after_stop", NOT_RUN)
        lines.append(row("Processes a stopped server left (the bench ended them)", c, b, ""))
    if "static" in results:
        lines += ["", "Static edition:", "", "| measure | value | target |", "|---|---|---|"]
        for name, tti in results["static"]["tti"].items():
            lines.append(
                f"| Time to interactive, {name} | {tti['median_s']:.2f} s | "
                f"≤ {targets['static_tti_s']} s |"
            )
        for name, latency in results["static"]["latency"].items():
            loads = latency.get("loads", 1)
            lines.append(
                f"| Interaction latency p95 (median of {loads} loads), {name} | "
                f"{latency['p95_ms']:.0f} ms (n={latency['n']}) | "
                f"≤ {targets['latency_p95_ms']} ms |"
            )
    return "\n".join(lines)


def start_and_idle_rows(committed, baseline, targets):
    lines = []
    if committed.get("start_up_median_s") or baseline.get("start_up_median_s"):
        c, b = committed.get("start_up_median_s"), baseline.get("start_up_median_s")
        lines.append(
            row(
                "Start-up: launch until the first section page is complete "
                f"(median of {len(committed.get('start_up_s', []))} and "
                f"{len(baseline.get('start_up_s', []))} launches)",
                seconds(c),
                seconds(b),
                f"≤ {targets['start_up_s']} s",
                (c, b),
            )
        )
    if committed.get("idle") or baseline.get("idle"):
        c = committed.get("idle", {}).get("rss_mb")
        b = baseline.get("idle", {}).get("rss_mb")
        lines.append(
            row(
                "Idle server RSS (kernels)",
                _idle(committed),
                _idle(baseline),
                f"≤ {targets['idle_rss_mb']} MB",
                (c, b),
            )
        )
    return lines


def _idle(profile) -> str:
    idle = profile.get("idle")
    return f"{idle['rss_mb']:.0f} MB ({idle['kernels']})" if idle else NOT_RUN


def one_page_rows(committed, baseline, targets):
    lines = []
    pages = dict.fromkeys(
        [*committed.get("one_page_burst", {}), *baseline.get("one_page_burst", {})]
    )
    for page in pages:
        c = committed.get("one_page_burst", {}).get(page)
        b = baseline.get("one_page_burst", {}).get(page)
        readers = (c or b)["readers"]
        lines.append(
            row(
                f"{readers} readers open {page} at once: p95 / max to a complete page",
                _burst(c),
                _burst(b),
                f"p95 ≤ {targets['one_page_p95_s']} s, 0 failed",
                (c and c["p95_s"], b and b["p95_s"]),
            )
        )
    return lines


def _burst(burst) -> str:
    if not burst:
        return NOT_RUN
    if burst["p95_s"] is None:
        return f"all {burst['failures']} failed"
    bursts = len(burst.get("bursts", [])) or 1
    return f"{burst['p95_s']:.2f} / {burst['max_s']:.2f} s, {burst['failures']} failed" + (
        f" ({bursts} bursts, median p95)" if bursts > 1 else ""
    )


def flood_rows(committed, baseline, targets):
    c, b = committed.get("flood"), baseline.get("flood")
    if not (c or b):
        return []
    lines = [
        row(
            "Flood from one client: GETs a second x seconds (sent), watched for",
            _flood_size(c),
            _flood_size(b),
            f"{targets['flood_rate']} a second x {targets['flood_seconds']} s",
        ),
        row(
            "Flood: kernels at start / peak / end",
            _flood(c, "kernels", "{:d}"),
            _flood(b, "kernels", "{:d}"),
            "flat",
            (c and c["kernels_peak"], b and b["kernels_peak"]),
        ),
        row(
            "Flood: server RSS at start / peak / end",
            _flood(c, "rss_mb", "{:.0f}") + (" MB" if c else ""),
            _flood(b, "rss_mb", "{:.0f}") + (" MB" if b else ""),
            "flat",
            (c and c["rss_mb_peak"], b and b["rss_mb_peak"]),
        ),
        row(
            "Flood: answered (p95) / failed / still waiting at the end",
            _flood_answers(c),
            _flood_answers(b),
            "",
        ),
    ]
    return lines


def _flood_size(flood) -> str:
    if not flood:
        return NOT_RUN
    return (
        f"{flood['rate_per_s']} x {flood['seconds']} s ({flood['sent']}), "
        f"watched {flood['observed_s']} s"
    )


def _flood(flood, key, form) -> str:
    if not flood:
        return NOT_RUN
    return " / ".join(form.format(flood[f"{key}_{at}"]) for at in ("start", "peak", "end"))


def _flood_answers(flood) -> str:
    if not flood:
        return NOT_RUN
    p95 = "" if flood["answer_p95_s"] is None else f" ({flood['answer_p95_s']:.2f} s)"
    return f"{flood['answered']}{p95} / {flood['failed']} / {flood['pending_at_end']}"


def browser_rows(committed, baseline, targets):
    c_browser, b_browser = committed.get("browser", {}), baseline.get("browser", {})
    c_tti, b_tti = c_browser.get("tti", {}), b_browser.get("tti", {})
    lines = []
    for name in dict.fromkeys([*b_tti, *c_tti]):
        c, b = c_tti.get(name), b_tti.get(name)
        lines.append(
            row(
                f"Time to interactive, {name} (median; x the one-slider page)",
                _tti(c),
                _tti(b),
                f"≤ x{targets['tti_ratio']} one-slider",
                (c and c["median_s"], b and b["median_s"]),
            )
        )
    c_lat, b_lat = c_browser.get("latency", {}), b_browser.get("latency", {})
    for name in dict.fromkeys([*c_lat, *b_lat]):
        c, b = c_lat.get(name), b_lat.get(name)
        loads = (c or b).get("loads", 1)
        lines.append(
            row(
                f"Interaction latency p95 (median of {loads} loads), {name}",
                _latency(c),
                _latency(b),
                f"≤ {targets['latency_p95_ms']} ms",
                (c and c["p95_ms"], b and b["p95_ms"]),
            )
        )
    return lines


def _tti(tti) -> str:
    if not tti:
        return NOT_RUN
    times = f"{tti['median_s']:.2f} s"
    if "ratio_to_baseline" in tti:
        times += f" (x{tti['ratio_to_baseline']:.2f})"
    return times


def _latency(latency) -> str:
    return f"{latency['p95_ms']:.0f} ms (n={latency['n']})" if latency else NOT_RUN


def mixed_burst_rows(committed, baseline, targets):
    c, b = committed.get("burst"), baseline.get("burst")
    if not (c or b):
        return []
    readers = (c or b)["readers"]

    def spread(burst):
        if not burst:
            return NOT_RUN
        return f"{burst['p50_s']} / {burst['p95_s']} / {burst['max_s']} s ({burst['failures']})"

    def get(burst, key, form="{}"):
        return form.format(burst[key]) if burst else NOT_RUN

    return [
        row(
            f"{readers} readers over every page at once: p50 / p95 / max (failed)",
            spread(c),
            spread(b),
            f"p95 ≤ {targets['mixed_burst_p95_s']} s, 0 failed",
            (c and c["p95_s"], b and b["p95_s"]),
        ),
        row(
            "Server memory per active reader",
            get(c, "mb_per_reader", "{} MB"),
            get(b, "mb_per_reader", "{} MB"),
            f"≤ {targets['mb_per_reader']} MB",
        ),
        row(
            f"Kernels left {targets['wait_after_s']} s after the readers leave",
            get(c, "kernels_left_at_120s"),
            get(b, "kernels_left_at_120s"),
            f"{targets['kernels_left']}",
        ),
        row(
            "Server RSS at the end, against before the readers came",
            get(c, "rss_vs_baseline_at_end_mb", "{:+.0f} MB"),
            get(b, "rss_vs_baseline_at_end_mb", "{:+.0f} MB"),
            "",
        ),
    ]
