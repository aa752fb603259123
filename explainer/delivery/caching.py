"""How the server's responses are compressed and cached (mixins for server.py's handlers).

Each rendered page and each template file is gzip-compressed once (per rendering, per version of
the file) and kept in memory, so a burst of readers costs no compression. A page is sent with
`Cache-Control: no-cache` and an ETag: the browser asks again each time and gets a 304 when the
page has not changed, and Back restores it from the back/forward cache (no `no-store`). A file
asked for by the version the pages name (`?v=`, `assets.content_version` of its content) may be
kept for a year, unchanged; asked for otherwise (an old page, a stale copy), it is revalidated.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import NamedTuple

from explainer.delivery.assets import content_version

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
COMPRESSIBLE = (".js", ".css", ".html", ".json", ".svg", ".txt", ".map", ".csv", ".md")
GZIP_LEVEL = 6


class ServedFile(NamedTuple):
    stamp: tuple[int, int]  # modification time and size, to notice a rewrite
    version: str
    compressed: bytes | None  # None for a type not worth compressing (PDF, images)


_files: dict[str, ServedFile] = {}
_pages: dict[str, tuple[str, bytes]] = {}


def served_file(path: str) -> ServedFile:
    """A template file's version and compressed bytes, read again when the file changes."""
    stat = os.stat(path)
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _files.get(path)
    if known is None or known.stamp != stamp:
        content = Path(path).read_bytes()
        compressed = None
        if path.endswith(COMPRESSIBLE):
            compressed = gzip.compress(content, GZIP_LEVEL, mtime=0)
            compressed = compressed if len(compressed) < len(content) else None
        known = _files[path] = ServedFile(stamp, content_version(content), compressed)
    return known


def compressed_page(key: str, page: str) -> bytes:
    """A rendered page, gzip'd once per rendering (a new rendering is a new string)."""
    known = _pages.get(key)
    if known is None or known[0] is not page:
        known = _pages[key] = (page, gzip.compress(page.encode("utf-8"), GZIP_LEVEL, mtime=0))
    return known[1]


def accepts_gzip(request) -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "")


class CompressedPages:
    """For a handler sending rendered pages: `write_page` sends one gzip'd if the browser
    accepts it. Tornado adds the ETag (of the bytes sent) and answers a matching revalidation
    with 304."""

    def write_page(self, key: str, page: str) -> None:
        self.set_header("Cache-Control", REVALIDATE)
        self.set_header("Vary", "Accept-Encoding")
        if accepts_gzip(self.request):
            self.set_header("Content-Encoding", "gzip")
            self.write(compressed_page(key, page))
        else:
            self.write(page)


class VersionedAssets:
    """For tornado's StaticFileHandler: files sent gzip'd when the browser accepts it, cached for
    a year when asked for by their current version, revalidated otherwise; the ETag names the
    version and the encoding (tornado's own would keep a file's first hash for good)."""

    def _served(self) -> ServedFile:
        return served_file(self.absolute_path)

    def _compressed(self) -> bytes | None:
        compressed = self._served().compressed
        return compressed if compressed is not None and accepts_gzip(self.request) else None

    def compute_etag(self) -> str:
        encoding = "-gzip" if self._compressed() is not None else ""
        return f'"{self._served().version}{encoding}"'

    def get_cache_time(self, path, modified, mime_type) -> int:
        return 0  # no Expires: Cache-Control below says it all

    def set_extra_headers(self, path: str) -> None:
        current = self.get_query_argument("v", "") == self._served().version
        self.set_header("Cache-Control", IMMUTABLE if current else REVALIDATE)
        if self._served().compressed is not None:
            self.set_header("Vary", "Accept-Encoding")
        if self._compressed() is not None:
            self.set_header("Content-Encoding", "gzip")

    def get_content_size(self) -> int:
        compressed = self._compressed()
        return len(compressed) if compressed is not None else super().get_content_size()

    def get_content(self, abspath: str, start: int | None = None, end: int | None = None):
        # an instance method here (tornado's is a class method): the request says the encoding
        compressed = self._compressed()
        if compressed is None:
            return super().get_content(abspath, start, end)
        return compressed[start:end]
