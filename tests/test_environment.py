"""The two environment files name the same packages with the same lower bounds."""

from __future__ import annotations

import re
import tomllib

import yaml
from packaging.version import Version

from analysis import paths

import lockfile

#: name, optional [extras] (conda packages carry them built in), lower bound.
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[\w,\s-]*\])?\s*(>=\s*[\w.]+)?")
_CONDA_ONLY = {"python", "pip"}


def _normalise(requirement: str) -> tuple[str, str]:
    match = _REQUIREMENT.match(requirement)
    assert match, f"cannot read requirement {requirement!r}"
    name = re.sub(r"[-_.]+", "-", match.group(1)).lower()
    return name, (match.group(2) or "").replace(" ", "")


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((paths.REPO_ROOT / "pyproject.toml").read_text())["project"]
    listed = project["dependencies"] + [r for group in project["optional-dependencies"].values() for r in group]
    return dict(_normalise(r) for r in listed)


def _environment() -> dict[str, str]:
    spec = yaml.safe_load((paths.REPO_ROOT / "environment.yml").read_text())
    listed: list[str] = []
    for entry in spec["dependencies"]:
        if isinstance(entry, dict):
            listed.extend(r for r in entry.get("pip", []) if not r.startswith("-e"))
        else:
            listed.append(entry)
    return {name: bound for name, bound in map(_normalise, listed) if name not in _CONDA_ONLY}


def test_same_packages_in_both_files():
    pip_side, conda_side = _pyproject(), _environment()
    assert sorted(set(pip_side) ^ set(conda_side)) == [], "listed in one environment file but not the other"


def test_same_lower_bounds_in_both_files():
    pip_side, conda_side = _pyproject(), _environment()
    differing = {name: (pip_side[name], conda_side[name]) for name in pip_side if pip_side[name] != conda_side.get(name)}
    assert differing == {}


def test_every_dependency_has_a_lower_bound():
    assert [name for name, bound in _pyproject().items() if not bound] == []


def test_core_packages_of_the_design_card_are_listed():
    core = {"jupyterlab", "pandas", "matplotlib", "vadersentiment", "wordcloud"}
    assert core <= set(_pyproject())


def test_lock_pins_every_dependency_at_or_above_its_lower_bound():
    pins = lockfile.locked_versions()
    assert sorted(set(_pyproject()) - set(pins)) == [], "requirements.lock misses a dependency: run `make lock`"
    below = {name: (pins[name], bound) for name, bound in _pyproject().items()
             if Version(pins[name]) < Version(bound.removeprefix(">="))}
    assert below == {}
