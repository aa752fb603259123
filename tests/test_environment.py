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
    lines = (PROJECT_DIR / "requirements.in").read_text().splitlines()
    return [_norm(line) for line in lines if line.strip() and not line.startswith("#")]


def test_every_direct_dependency_is_pinned_in_both():
    lock, env = _lock(), _environment()
    for name in _direct():
        assert name in lock, f"{name} is in requirements.in but not requirements.lock"
        assert name in env, f"{name} is in requirements.in but not environment.yml"


def test_environment_and_lock_agree():
    lock, env = _lock(), _environment()
    drift = {name: (env[name], lock.get(name)) for name in env if env[name] != lock.get(name)}
    assert not drift, f"environment.yml vs requirements.lock differ: {drift}"


def test_python_versions_agree():
    pyproject = (PROJECT_DIR / "pyproject.toml").read_text()
    assert 'requires-python = ">=3.11,<3.12"' in pyproject
    assert re.search(
        r"^\s*-\s*python=3\.11\s*$", (PROJECT_DIR / "environment.yml").read_text(), re.M
    )
