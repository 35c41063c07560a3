"""Where the policy is: ``--policy``, else ``$FRESHCHECK_POLICY``, else a walk up from the scan
root, else none (the caller then uses the built-in default)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from freshcheck.policy.load import POLICY_SUFFIXES

ENV_VARIABLE = "FRESHCHECK_POLICY"
POLICY_FILE_NAMES = ("freshcheck.yaml", ".freshcheck.yaml")
POLICY_FOLDER_NAME = "policies"


def find_policy(explicit: Path | None, env: Mapping[str, str], scan_root: Path) -> Path | None:
    """The policy path to load, or ``None`` for the built-in default.

    An explicit path or the environment variable is returned as given, even if it does not
    exist, so that loading it reports the mistake instead of silently using another policy.
    The walk looks in ``scan_root`` (or the folder of a scanned file) and then each parent for
    ``freshcheck.yaml``, ``.freshcheck.yaml`` or a ``policies/`` folder holding YAML files,
    and returns the first found.
    """
    if explicit is not None:
        return explicit
    from_env = env.get(ENV_VARIABLE, "").strip()
    if from_env:
        return Path(from_env)
    start = scan_root.absolute()
    if not start.is_dir():
        start = start.parent
    for folder in (start, *start.parents):
        try:
            found = policy_in_folder(folder)
        except OSError:  # an unreadable parent folder holds no policy we can use
            continue
        if found is not None:
            return found
    return None


def policy_in_folder(folder: Path) -> Path | None:
    """The policy file or folder that ``folder`` itself holds, if any."""
    for name in POLICY_FILE_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    candidate = folder / POLICY_FOLDER_NAME
    # A policies/ folder without YAML (say, a legal team's PDFs) is not a freshcheck policy.
    if candidate.is_dir() and any(
        child.suffix in POLICY_SUFFIXES and not child.name.startswith(".")
        for child in candidate.iterdir()
    ):
        return candidate
    return None
