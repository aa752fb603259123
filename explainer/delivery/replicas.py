"""`make serve-replicas N=2`: N copies of the server behind Debian's nginx, on one address.

Each replica is `make serve`'s server (serve.py's `start`, `wait_until_ready` and `stop`) on a
free local port. Once every replica answers, nginx's configuration is rendered from
deploy/nginx.conf.j2 into its own prefix (build/nginx: config, pid, logs, temp files) and nginx
runs in the foreground as the current user. One line says when nginx answers with a complete
landing page; Ctrl+C stops nginx and every replica, once each, and waits for all of them.
The pages are stateless and open no websocket, so nginx spreads requests with no sticky
sessions and sends a request a dead replica cannot take to another one.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from explainer.delivery.serve import (
    ServerLog,
    ready_line,
    start,
    stop,
    stop_on_signals,
    voila_command,
    wait_until_ready,
)
from explainer.paths import NGINX_DIR, NGINX_TEMPLATE

COMPLETE_PAGE = 'class="ex-footer"'  # the last thing every page of the Voila edition draws
READY_SECONDS = 120
INSTALL_HINT = "install Debian's nginx: 'sudo apt-get install nginx' (or 'make proxy' as root)"


class ReplicasError(RuntimeError):
    """A replica or nginx could not start; the message says which and why."""


@dataclass
class Replicas:
    """The running set: nginx's address, and each process with its log."""

    url: str
    nginx: subprocess.Popen
    servers: list[subprocess.Popen]
    server_urls: list[str]
    prefix: Path


def nginx_binary() -> str | None:
    """Debian's nginx, also when /usr/sbin is not on PATH (it is not, for most users)."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def nginx_config(listen: str, replicas: list[str], user: str | None = None) -> str:
    """deploy/nginx.conf.j2 for nginx listening on `listen` ("host:port"), in front of
    `replicas` ("host:port" each), its workers run as `user` ("name group") if given."""
    import jinja2

    template = jinja2.Template(
        NGINX_TEMPLATE.read_text(encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return template.render(listen=listen, replicas=replicas, user=user)


def write_nginx_prefix(prefix: Path, listen: str, replicas: list[str]) -> Path:
    """nginx's prefix folder, with its config and the folders its logs and temp files go in."""
    for folder in ("logs", "temp"):
        (prefix / folder).mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(nginx_config(listen, replicas, _user_when_root()), encoding="utf-8")
    return config


def _user_when_root() -> str | None:
    """nginx started as root runs its workers as `nobody`, who cannot write our temp folder:
    name root's own user and group then (as any other user, nginx ignores `user`, with a
    warning, so it is left out)."""
    if os.geteuid() != 0:
        return None
    import grp
    import pwd

    return f"{pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name}"


def _host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def complete_page(url: str) -> bool:
    """Whether `url` answers 200 with a whole page (its footer and closing tag)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read().decode("utf-8", "replace")
            return response.status == 200 and COMPLETE_PAGE in body and "</html>" in body
    except OSError:
        return False


@contextmanager
def replicas_behind_nginx(count: int, host: str, port: int, prefix: Path = NGINX_DIR):
    """Run `count` replicas and nginx in front of them on host:port until the block ends; yields
    `Replicas` once nginx answers with a complete landing page. Raises ReplicasError if nginx is
    missing or anything stops before that. Every process started is stopped on the way out."""
    nginx = nginx_binary()
    if nginx is None:
        raise ReplicasError(f"nginx not found: {INSTALL_HINT}")
    running: list[tuple[subprocess.Popen, ServerLog]] = []
    try:
        for number in range(1, count + 1):
            command = voila_command("127.0.0.1", _free_port())
            running.append(start(command, label=f"replica {number} | "))
        server_urls = [_replica_ready(number, *run) for number, run in enumerate(running, 1)]
        listen = _host_port(host, port)
        write_nginx_prefix(prefix, listen, [urlparse(url).netloc for url in server_urls])
        error_log = prefix / "logs" / "error.log"
        logged = error_log.stat().st_size if error_log.is_file() else 0
        command = [nginx, "-p", f"{prefix.resolve()}/", "-c", "nginx.conf", "-e", "logs/error.log"]
        running.insert(0, start(command, label="nginx | "))
        url = f"http://{listen}/"
        _nginx_ready(running[0][0], url, error_log, logged)
        servers = [process for process, _ in running[1:]]
        yield Replicas(url, running[0][0], servers, server_urls, prefix)
    finally:
        stop(*(process for process, _ in running))
        for _, log in running:
            log.thread.join(timeout=5)


def _replica_ready(number: int, process: subprocess.Popen, log: ServerLog) -> str:
    url = wait_until_ready(process, log)  # returns None only when the replica has stopped
    if url is None:
        raise ReplicasError(f"replica {number} stopped before it answered (see its log above)")
    return url


def _nginx_ready(process: subprocess.Popen, url: str, error_log: Path, logged: int) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while not complete_page(url):
        if process.poll() is not None or time.monotonic() > deadline:
            raise ReplicasError(f"nginx could not serve {url}: {_first_error(error_log, logged)}")
        time.sleep(0.2)


def _first_error(error_log: Path, logged: int) -> str:
    """The first error nginx logged after the first `logged` bytes of its log, without its time
    and process ids ("bind() to 127.0.0.1:8866 failed (98: Address already in use)")."""
    if error_log.is_file():
        with error_log.open("rb") as log:
            log.seek(logged)
            for line in log.read().decode("utf-8", "replace").splitlines():
                time_and_level, _, message = line.partition("]")
                if any(level in time_and_level for level in ("[emerg", "[alert", "[crit")):
                    return message.partition(": ")[2] or line
    return f"no error in {error_log}"


def serve_replicas(count: int, host: str, port: int) -> int:
    """`make serve-replicas`: run until Ctrl+C or until nginx or every replica stops; the exit
    status (0 after Ctrl+C)."""
    stop_on_signals()
    try:
        with replicas_behind_nginx(count, host, port) as replicas:
            how = f", {count} replica{'s' if count > 1 else ''} behind nginx"
            print(ready_line(replicas.url, how), flush=True)
            return _watch(replicas)
    except ReplicasError as error:
        print(f"==> {error}", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        return 0


def _watch(replicas: Replicas) -> int:
    """Wait while nginx runs and a replica is left, saying once when a replica stops."""
    told: set[int] = set()
    while replicas.nginx.poll() is None:
        for number, server in enumerate(replicas.servers, 1):
            if server.poll() is not None and number not in told:
                told.add(number)
                left = len(replicas.servers) - len(told)
                said = f"==> replica {number} ({replicas.server_urls[number - 1]}) stopped"
                said += f" (status {server.returncode})"
                said += f"; nginx sends its readers to the {left} left" if left else ""
                print(said, file=sys.stderr, flush=True)
        if len(told) == len(replicas.servers):
            print("==> no replica left: stopping nginx", file=sys.stderr, flush=True)
            return 1
        time.sleep(0.5)
    print(f"==> nginx stopped (status {replicas.nginx.returncode})", file=sys.stderr, flush=True)
    return replicas.nginx.returncode or 1
