"""environment.yml (conda users) and requirements.lock (make) must pin the same versions."""

from __future__ import annotations

import re

from explainer.paths import PROJECT_DIR


def _lock() -> dict[str, str]:
    pins = {}
    for line in (PROJECT_DIR / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==", 1)
            pins[_norm(name)] = version.strip()
    return pins


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().strip()


def _environment() -> dict[str, str]:
    pins = {}
    for line in (PROJECT_DIR / "environment.yml").read_text().splitlines():
        match = re.match(r"^\s*-\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s#]+)", line)
        if match:
            pins[_norm(match.group(1))] = match.group(2)
    return pins


def _direct() -> list[str]:
    """Names in requirements.in, without any version bound ("soupsieve<3" gives soupsieve)."""
    lines = (PROJECT_DIR / "requirements.in").read_text().splitlines()
    return [
        _norm(re.split(r"[<>=!~;\s]", line.strip())[0])
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def test_every_direct_dependency_is_pinned_in_both():
    lock, env = _lock(), _environment()
    for name in _direct():
        assert name in lock, f"{name} is in requirements.in but not requirements.lock"
        assert name in env, f"{name} is in requirements.in but not environment.yml"


def test_environment_and_lock_agree():
    lock, env = _lock(), _environment()
    drift = {name: (env[name], lock.get(name)) for name in env if env[name] != lock.get(name)}
    assert not drift, f"environment.yml vs requirements.lock differ: {drift}"


OLDEST, NEWEST = 11, 13  # Python 3.11 to 3.13: the pins are checked for these (make check-lock)


def test_python_versions_agree():
    """pyproject, environment.yml and the Makefile accept the same Pythons."""
    assert f'requires-python = ">=3.{OLDEST}"' in (PROJECT_DIR / "pyproject.toml").read_text()
    environment = (PROJECT_DIR / "environment.yml").read_text()
    assert re.search(rf"^\s*-\s*python>=3\.{OLDEST},<3\.{NEWEST + 1}\s*$", environment, re.M)
    makefile = (PROJECT_DIR / "Makefile").read_text()
    newest_first = " ".join(f"python3.{minor}" for minor in range(NEWEST, OLDEST - 1, -1))
    assert f"for p in {newest_first} python3;" in makefile
    assert f"sys.version_info < (3, {OLDEST})" in makefile
    assert f"sys.version_info >= (3, {NEWEST + 1})" in makefile
    oldest_first = " ".join(f"3.{minor}" for minor in range(OLDEST, NEWEST + 1))
    assert f"for version in {oldest_first}; do" in makefile
