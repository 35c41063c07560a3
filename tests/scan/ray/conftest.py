"""One simulated two-node Ray cluster per test session (``ray.cluster_utils.Cluster``).

Ray takes 10-30 s to start on a loaded two-core machine, so every test here shares the
cluster: the CLI tests connect to it by address from their own process, the in-process
tests through ``ray_connected``. Each node has one CPU and a small object store. Tests that
need Ray skip cleanly when it is not installed (``pip install -e '.[ray]'``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.scan.ray.scans import kill_left_behind, raylet_children

REPO = Path(__file__).resolve().parents[3]
NODE_STORE_BYTES = 100 * 1024 * 1024
GENERATED = ("--files", "300", "--seed", "7", "--out")


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    """Two nodes named node-a (head) and node-b; yields the Cluster (``.address``)."""
    pytest.importorskip("ray")
    from ray.cluster_utils import Cluster

    os.environ["RAY_DISABLE_USAGE_STATS"] = "1"
    cluster = Cluster(
        initialize_head=True,
        connect=False,
        head_node_args={
            "num_cpus": 1,
            "node_name": "node-a",
            "object_store_memory": NODE_STORE_BYTES,
            "include_dashboard": False,
        },
    )
    cluster.add_node(num_cpus=1, node_name="node-b", object_store_memory=NODE_STORE_BYTES)
    cluster.wait_for_nodes()
    started = raylet_children(cluster)
    try:
        yield cluster
    finally:
        cluster.shutdown()
        kill_left_behind(started)


@pytest.fixture(scope="session")
def ray_connected(ray_cluster: Any) -> Iterator[Any]:
    """This test process connected to the cluster (the executor reuses the connection)."""
    import logging

    import ray

    ray.init(address=ray_cluster.address, log_to_driver=False, logging_level=logging.ERROR)
    try:
        yield ray_cluster
    finally:
        ray.shutdown()


@pytest.fixture(scope="session")
def library_300(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated 300-file library of ``scripts/compare_reports.py`` (seed 7)."""
    library = tmp_path_factory.mktemp("generated") / "library"
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "gen_library.py"), *GENERATED, str(library)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return library
