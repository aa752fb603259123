"""The data as readers download it: each table's CSV, byte for byte as in data/, and the whole
package as one reproducible zip named with the data version (datapackage.json, every CSV with
the Spanish translations and the termbase, the corrections log, and the licence).

Both editions serve the same files: the static edition from site/data/, the server from
build/downloads/ (written by `python -m explainer assets`, and again when the data changes).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

from explainer.paths import DATA_DIR

DESCRIPTOR = "datapackage.json"
LICENCE_FILE = "LICENSE.md"
# Every entry of the zip gets this date and these permissions, so the same data gives the same
# bytes on any machine, on any day (zip's earliest date: 1980-01-01).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_MODE = 0o100644 << 16  # a regular file, rw-r--r--
ZIP_UNIX = 3  # "made on Unix", whatever system builds it


def descriptor(data_dir: Path = DATA_DIR) -> dict:
    return json.loads((data_dir / DESCRIPTOR).read_text(encoding="utf-8"))


def zip_name(data_dir: Path = DATA_DIR) -> str:
    """The package zip's file name: the package's name and its data version."""
    package = descriptor(data_dir)
    return f"{package['name']}-{package.get('version', 'unversioned')}.zip"


def tables(data_dir: Path = DATA_DIR) -> list[dict]:
    """Each table of the package, for the landing page's list: its name, title, description,
    CSV path (as in data/) and, for a table with a Spanish translation, that table's path."""
    resources = descriptor(data_dir)["resources"]
    translated = {}
    for resource in resources:
        path = resource["path"]
        if path.startswith("translations/"):
            source = path.split("/")[-1]
            translated[source] = path
    return [
        {
            "name": r["name"],
            "title": r.get("title", r["name"]),
            "description": r.get("description", ""),
            "path": r["path"],
            "translation": translated.get(r["path"], ""),
        }
        for r in resources
        if not r["path"].startswith("translations/")
    ]


def licence_text(data_dir: Path = DATA_DIR) -> str:
    """The licence file the zip carries, from the descriptor's own `licenses`."""
    package = descriptor(data_dir)
    lines = [
        f"# {package.get('title', package['name'])}",
        "",
        f"Data version {package.get('version', 'unversioned')}.",
        "",
        package.get("description", ""),
        "",
        "## Licence",
        "",
    ]
    for licence in package.get("licenses", []):
        lines.append(
            f"- {licence.get('title', licence.get('name', ''))}: {licence.get('path', '')}"
        )
    return "\n".join(lines).strip() + "\n"


def package_files(data_dir: Path = DATA_DIR) -> dict[str, bytes]:
    """Every file of the download, by its path inside the package, sorted: the descriptor, each
    resource's CSV exactly as in data/, and the licence."""
    files = {DESCRIPTOR: (data_dir / DESCRIPTOR).read_bytes()}
    for resource in descriptor(data_dir)["resources"]:
        files[resource["path"]] = (data_dir / resource["path"]).read_bytes()
    files[LICENCE_FILE] = licence_text(data_dir).encode("utf-8")
    return dict(sorted(files.items()))


def package_zip(data_dir: Path = DATA_DIR) -> bytes:
    """The whole package as a zip: sorted entries, fixed dates and permissions, so the same data
    always gives the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in package_files(data_dir).items():
            entry = zipfile.ZipInfo(name, ZIP_DATE)
            entry.external_attr = ZIP_MODE
            entry.create_system = ZIP_UNIX
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, content, compresslevel=9)
    return buffer.getvalue()


def write_downloads(target: Path, data_dir: Path = DATA_DIR) -> list[Path]:
    """Write the downloads into `target` (the package's files as in data/, and its zip), each
    replaced whole, so a reader never gets half a file; older zips are removed."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = {**package_files(data_dir), zip_name(data_dir): package_zip(data_dir)}
    for old in target.glob("*.zip"):
        if old.name not in wanted:
            old.unlink()
    written = []
    for name, content in wanted.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != content:
            _replace(path, content)
        written.append(path)
    return written


def _replace(path: Path, content: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=path.suffix)
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)
