"""Which file system a path lives on: local disk, or a network share where SQLite's WAL
locking does not work (it needs shared memory on one host)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "fuse.sshfs", "ceph"}
)


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The network file system type ``path`` lives on (nfs, cifs…), or None for local disk.

    Reads ``/proc/mounts`` (Linux); elsewhere, or when it cannot tell, says None.
    """
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = str(path.resolve())  # symlinks followed as far as the path exists
    best, best_type = "", ""
    for mount_point, fs_type in _mount_entries(mounts):
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fs_type
    return best_type if best_type in NETWORK_FS_TYPES else None


def _mount_entries(mounts: str) -> Iterator[tuple[str, str]]:
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts escapes spaces and tabs in mount points as octal (\040).
            yield fields[1].encode().decode("unicode_escape"), fields[2]
