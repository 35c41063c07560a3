"""Native events on local disks, polling on shares: chosen from the mount table."""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.watch import choose_observer
from freshcheck.watch.mounts import filesystem_of

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
//server/share /mnt/share cifs rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
user@host:/x /mnt/ssh fuse.sshfs rw 0 0
tag /mnt/9p 9p rw 0 0
https://dav /mnt/dav davfs rw 0 0
/dev/sdb1 /mnt/share/local\\040disk ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("root", "kind", "fs"),
    [
        ("/home/me/library", "native", "ext4"),
        ("/mnt/share/training", "polling", "cifs"),
        ("/mnt/nfs", "polling", "nfs4"),
        ("/mnt/ssh/decks", "polling", "fuse.sshfs"),
        ("/mnt/9p/x", "polling", "9p"),
        ("/mnt/dav/x", "polling", "davfs"),
        ("/mnt/share/local disk/decks", "native", "ext4"),  # the longest mount point wins
    ],
)
def test_observer_follows_the_mount_table(root: str, kind: str, fs: str) -> None:
    choice = choose_observer(Path(root), poll=None, native=False, mount_table=MOUNTS)
    assert (choice.kind, choice.filesystem) == (kind, fs)


def test_options_override_the_mount_table() -> None:
    share = Path("/mnt/share/training")
    assert choose_observer(share, None, True, MOUNTS).kind == "native"
    forced = choose_observer(Path("/home/me"), 5.0, False, MOUNTS)
    assert (forced.kind, forced.reason) == ("polling", "--poll given")


def test_unknown_without_a_mount_table() -> None:
    assert filesystem_of(Path("/anything"), mount_table="") == "unknown"
    assert choose_observer(Path("/anything"), None, False, "").kind == "native"
