"""One server against N replicas behind nginx: 100 readers opening the same page at once.

    python bench/replicas.py [--readers 100] [--rounds 3]

Runs, side by side and in the same conditions: one server (`make serve`'s), reached directly;
nginx in front of one replica; nginx in front of two (`make serve-replicas N=2`). Each round
sends, to each set-up in turn (the order rotating) and for each page, `--readers` GETs at once
with curl (`--parallel`, gzip accepted, as a browser would), and checks each body is a whole
page. Prints, per set-up and page, the time to a complete page (p50/p95/max), failures, the
bytes sent per page, and each set-up's server memory (RSS) when idle after the bursts. Last,
one of the two replicas is killed (SIGKILL) 50 ms into one more burst at the timeline page.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from explainer.delivery.replicas import COMPLETE_PAGE, replicas_behind_nginx
from explainer.site import SECTIONS, url
from explainer.tooling.serving import free_port, voila_server


@dataclass
class Tally:
    """One set-up's bursts at one page: each complete page's seconds, the failures, the bytes."""

    seconds: list[float] = field(default_factory=list)
    failures: int = 0
    size: int = 0

    def add(self, seconds: list[float], failures: int, size: int) -> None:
        self.seconds += seconds
        self.failures += failures
        self.size = max(self.size, size)

    def __str__(self) -> str:
        times = self.seconds
        p50, p95, most = statistics.median(times or [0]), percentile(times, 0.95), max(times or [0])
        return f"{p50:6.2f} {p95:6.2f} {most:6.2f} {self.failures:6d} {self.size / 1000:6.0f}"


KILL_AFTER_SECONDS = 0.05
PAGES = {"landing": "", **{s.slug: url(s.slug, "voila", from_root=True) for s in SECTIONS}}


def burst(address: str, readers: int, scratch: Path) -> tuple[list[float], int, int]:
    """`readers` GETs of one address at once: each one's seconds, the failures, the bytes each
    response carried (compressed)."""
    outputs = [scratch / f"{n}.html" for n in range(readers)]
    for output in outputs:
        output.unlink(missing_ok=True)
    command = ["curl", "-s", "--compressed", "--parallel", "--parallel-immediate"]
    command += ["--parallel-max", str(readers), "--max-time", "60"]
    command += ["-w", "%{http_code} %{time_total} %{size_download} %{filename_effective}\\n"]
    for output in outputs:
        command += ["-o", str(output), address]
    lines = subprocess.run(command, capture_output=True, text=True).stdout.splitlines()
    seconds, failures, sizes = [], readers - len(lines), set()
    for line in lines:  # in the order the transfers ended
        status, total, size, output = line.split(maxsplit=3)
        body = Path(output).read_text(errors="replace") if Path(output).is_file() else ""
        if status != "200" or COMPLETE_PAGE not in body:
            failures += 1
            continue
        seconds.append(float(total))
        sizes.add(int(size))
    return seconds, failures, max(sizes, default=0)


def rss_mb(processes: list[psutil.Process]) -> float:
    total = 0
    for process in processes:
        for member in [process, *process.children(recursive=True)]:
            total += member.memory_info().rss
    return total / 1e6


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-replicas-"))
    with ExitStack() as stack:
        direct, process = stack.enter_context(voila_server(scratch / "direct.log"))
        setups = {"one server, direct": (direct, [psutil.Process(process.pid)])}
        for count in (1, 2):
            replicas = stack.enter_context(
                replicas_behind_nginx(count, "127.0.0.1", free_port(), scratch / f"nginx{count}")
            )
            processes = [psutil.Process(p.pid) for p in [replicas.nginx, *replicas.servers]]
            setups[f"nginx + {count} replica{'s' * (count > 1)}"] = (replicas.url, processes)
        results = run_rounds(setups, args.readers, args.rounds, scratch)
        idle = {setup: rss_mb(processes) for setup, (_, processes) in setups.items()}
        access_log = replicas.prefix / "logs" / "access.log"
        logged = len(access_log.read_text().splitlines())
        killed = Tally()
        timer = threading.Timer(KILL_AFTER_SECONDS, replicas.servers[0].kill)
        timer.start()  # `replicas` is the pair: one dies while the readers load the timeline
        killed.add(*burst(replicas.url + PAGES["timeline"], args.readers, scratch))
        timer.join()
        lines = access_log.read_text().splitlines()[logged:]
        moved_on = sum(re.search(r"upstream=\S+, ", line) is not None for line in lines)
        by_killed = sum(replicas.server_urls[0].split("/")[2] + " " in line for line in lines)
    print(f"{args.readers} readers at once, {args.rounds} rounds (seconds to a complete page)")
    print(f"{'set-up':<22} {'page':<12} {'p50':>6} {'p95':>6} {'max':>6} {'failed':>6} {'KB':>6}")
    for (setup, page), tally in results.items():
        print(f"{setup:<22} {page:<12} {tally}")
    print(f"{'nginx + 2, 1 killed':<22} {'timeline':<12} {killed}")
    print(f"    ({by_killed} served by the killed one before it died, {moved_on} moved on)")
    for setup, megabytes in idle.items():
        print(f"{setup:<22} idle RSS after the bursts: {megabytes:.0f} MB")
    return 0


def run_rounds(setups: dict, readers: int, rounds: int, scratch: Path) -> dict:
    """Every page's burst against every set-up, round after round, the set-ups' order rotating."""
    results = {(setup, page): Tally() for setup in setups for page in PAGES}
    names = list(setups)
    for round_number in range(rounds):
        order = names[round_number % len(names) :] + names[: round_number % len(names)]
        for setup in order:
            for page, path in PAGES.items():
                results[setup, page].add(*burst(setups[setup][0] + path, readers, scratch))
    return results


if __name__ == "__main__":
    sys.exit(main())
