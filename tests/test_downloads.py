"""The data's downloads: the package's zip (reproducible, complete, valid by Frictionless) and
each table's CSV, byte for byte as in data/."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import read_rows, write_rows

from explainer.data.downloads import (
    DESCRIPTOR,
    LICENCE_FILE,
    ZIP_DATE,
    package_zip,
    tables,
    write_downloads,
    zip_name,
)
from explainer.paths import DATA_DIR


def resource_paths(data_dir: Path = DATA_DIR) -> list[str]:
    descriptor = json.loads((data_dir / DESCRIPTOR).read_text(encoding="utf-8"))
    return [r["path"] for r in descriptor["resources"]]


def frictionless_report(zip_path: Path):
    from frictionless import Package, system

    with system.use_context(trusted=True):
        package = Package(str(zip_path))
        for resource in package.resources:
            resource.schema.foreign_keys = []  # list-valued keys: checked by references.py
        return package.validate()


def test_the_zip_holds_every_table_the_descriptor_and_the_licence():
    archive = zipfile.ZipFile(io.BytesIO(package_zip()))
    names = archive.namelist()
    assert names == sorted(names)
    assert set(names) == {DESCRIPTOR, LICENCE_FILE, *resource_paths()}
    for path in resource_paths():
        assert archive.read(path) == (DATA_DIR / path).read_bytes(), path
    assert {"corrections.csv", "termbase.csv", "translations/es/events.csv"} <= set(names)
    licence = archive.read(LICENCE_FILE).decode()
    assert "CC BY 4.0" in licence or "Creative Commons Attribution 4.0" in licence
    assert "https://creativecommons.org/licenses/by/4.0/" in licence


def test_the_zip_is_reproducible_and_named_with_the_data_version(data_copy):
    first = package_zip()
    assert package_zip() == first
    for entry in zipfile.ZipFile(io.BytesIO(first)).infolist():
        assert entry.date_time == ZIP_DATE
        assert entry.external_attr >> 16 == 0o100644
    version = json.loads((DATA_DIR / DESCRIPTOR).read_text())["version"]
    assert zip_name() == f"microsoft-ice-2018-explainer-{version}.zip"
    # another version of the data: another name, other bytes
    descriptor = json.loads((data_copy / DESCRIPTOR).read_text())
    descriptor["version"] = "9.9.9"
    (data_copy / DESCRIPTOR).write_text(json.dumps(descriptor, indent=2), encoding="utf-8")
    assert zip_name(data_copy) == "microsoft-ice-2018-explainer-9.9.9.zip"
    assert package_zip(data_copy) != first


def test_frictionless_validates_the_zip(tmp_path):
    path = tmp_path / zip_name()
    path.write_bytes(package_zip())
    report = frictionless_report(path)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    assert len(report.tasks) == len(resource_paths())


def test_frictionless_finds_a_bad_row_in_the_zip(data_copy, tmp_path):
    rows = read_rows(data_copy / "events.csv")
    rows[3]["date"] = "2018-13-45"
    write_rows(data_copy / "events.csv", rows)
    path = tmp_path / "broken.zip"
    path.write_bytes(package_zip(data_copy))
    report = frictionless_report(path)
    assert not report.valid
    assert any("2018-13-45" in str(error) for error in report.flatten(["cell"]))


def test_the_downloads_folder_mirrors_data_and_drops_old_zips(tmp_path):
    stale = tmp_path / "microsoft-ice-2018-explainer-0.1.zip"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"old")
    write_downloads(tmp_path)
    assert not stale.exists()
    assert (tmp_path / zip_name()).read_bytes() == package_zip()
    for path in resource_paths():
        assert (tmp_path / path).read_bytes() == (DATA_DIR / path).read_bytes()


def test_each_table_is_listed_with_its_description_and_translation():
    listed = {t["path"]: t for t in tables()}
    assert "translations/es/events.csv" not in listed
    assert listed["events.csv"]["translation"] == "translations/es/events.csv"
    assert listed["termbase.csv"]["translation"] == ""
    assert all(t["description"] for t in listed.values())


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_landing_page_and_footer_link_every_table_and_the_zip(story, lang):
    from explainer.components.i18n import language
    from explainer.sections.landing import footer_html, landing_html

    with language(lang):
        landing = landing_html(story, static=True)
        footer = footer_html(story, "../../data/")
    base = "data/" if lang == "en" else "../data/"
    for table in tables():
        assert f'href="{base}{table["path"]}"' in landing
        assert f'href="../../data/{table["path"]}"' in footer
    assert f'href="{base}{zip_name()}"' in landing
    assert f'href="../../data/{zip_name()}"' in footer
    assert 'id="data"' in landing
