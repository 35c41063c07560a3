"""Which observer suits a root: native events on local disks, polling on network shares.

Edits made on another machine send no events through a share, so a root on SMB/CIFS, NFS,
SSHFS or another FUSE file system, 9p, WebDAV or AFS is polled. The mount table says which
file system holds a root (``/proc/self/mounts`` on Linux); a UNC path (``\\\\server\\share``)
is a share too. Elsewhere, or when nothing can tell, the root counts as local.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "9p",
        "davfs",
        "fuse.davfs",
        "afs",
        "ceph",
        "glusterfs",
        "lustre",
    }
)
MOUNT_TABLES = (Path("/proc/self/mounts"), Path("/proc/mounts"))

ObserverKind = Literal["native", "polling"]


@dataclass(frozen=True, slots=True)
class ObserverChoice:
    """How one root is observed, and why (printed at start and in the status)."""

    root: str
    kind: ObserverKind
    filesystem: str  # the mount's type, or "unknown"
    reason: str


def filesystem_of(path: Path, mount_table: str | None = None) -> str:
    """The type of the file system that holds ``path`` ("ext4", "cifs"…), or "unknown"."""
    if mount_table is None:
        mount_table = _read_mount_table()
    target = os.fspath(path.absolute())
    best, best_type = "", "unknown"
    for mount_point, fs_type in _mount_entries(mount_table):
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_filesystem(fs_type: str) -> bool:
    """True for shares, where other machines' edits raise no local events (any FUSE too:
    sshfs, rclone, s3fs… live elsewhere)."""
    return fs_type in NETWORK_FILESYSTEMS or fs_type == "fuse" or fs_type.startswith("fuse.")


def choose_observer(
    root: Path, poll: float | None, native: bool, mount_table: str | None = None
) -> ObserverChoice:
    """Native or polling for ``root``: ``--poll`` and ``--native`` override the mount table."""
    fs_type = filesystem_of(root, mount_table)
    shown = os.fspath(root)
    if poll is not None:
        return ObserverChoice(shown, "polling", fs_type, "--poll given")
    if native:
        return ObserverChoice(shown, "native", fs_type, "--native given")
    if shown.startswith("\\\\") or is_network_filesystem(fs_type):
        return ObserverChoice(shown, "polling", fs_type, f"network file system ({fs_type})")
    return ObserverChoice(shown, "native", fs_type, "local disk")


def _read_mount_table() -> str:
    for table in MOUNT_TABLES:
        try:
            return table.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def _mount_entries(mount_table: str) -> Iterator[tuple[str, str]]:
    for line in mount_table.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # The table escapes spaces, tabs and backslashes in mount points as octal (\040).
            yield fields[1].encode().decode("unicode_escape"), fields[2]
