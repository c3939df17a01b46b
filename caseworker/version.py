"""Caseworker's version, whose one source is `pyproject.toml`.

A source checkout reads it from `pyproject.toml` beside the package; an installed copy or a
packaged bundle, which has no `pyproject.toml`, reads the version that was written into its
package metadata when it was built from that same file.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "caseworker"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    """The version, e.g. "0.1.0"; "unknown" only if neither source can be read."""
    if PYPROJECT.is_file():
        with PYPROJECT.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == DISTRIBUTION and "version" in project:
            return str(project["version"])
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"
