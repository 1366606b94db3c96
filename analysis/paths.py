"""Every path the workbench uses, anchored at the package, never at the working directory."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "PACKAGE_DIR",
    "PACKAGE_DATA_DIR",
    "REPO_ROOT",
    "DATA_DIR",
    "RAW_DIR",
    "METADATA_CSV",
    "FIGURES_DIR",
    "REPORTS_DIR",
    "CACHE_DIR",
    "NOTEBOOKS_DIR",
]

PACKAGE_DIR = Path(__file__).resolve().parent
#: Small data files the code relies on (registries, alias tables, lexicons).
PACKAGE_DATA_DIR = PACKAGE_DIR / "data"
REPO_ROOT = PACKAGE_DIR.parent
#: The bundled corpus: ``raw/`` as given plus the curated ``metadata.csv``.
DATA_DIR = REPO_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
METADATA_CSV = DATA_DIR / "metadata.csv"
FIGURES_DIR = REPO_ROOT / "figures"
REPORTS_DIR = REPO_ROOT / "reports"
#: Derived tables, rebuilt by code; never data. ``ANALYSIS_CACHE_DIR`` in the
#: environment moves it (kernels started by the runner inherit it).
CACHE_DIR = Path(os.environ.get("ANALYSIS_CACHE_DIR") or REPO_ROOT / ".cache")
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
