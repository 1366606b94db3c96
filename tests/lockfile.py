"""Read ``requirements.lock``: the exact versions the committed figures were drawn with."""

from __future__ import annotations

from importlib import metadata

from packaging.utils import canonicalize_name

from analysis import paths

LOCK_PATH = paths.REPO_ROOT / "requirements.lock"


def locked_versions() -> dict[str, str]:
    """Canonical package name to its pinned version, from ``name==version`` lines."""
    pins = {}
    for number, line in enumerate(LOCK_PATH.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep or not name or not version:
            raise ValueError(f"{LOCK_PATH.name}, line {number}: expected 'name==version', got {line!r}")
        pins[canonicalize_name(name)] = version.strip()
    return pins


def differences_from_lock() -> list[str]:
    """``"name installed X, locked Y"`` for each locked package installed at another version."""
    differing = []
    for name, version in sorted(locked_versions().items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            differing.append(f"{name} installed {installed}, locked {version}")
    return differing
