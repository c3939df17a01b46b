"""Finding loopback ports for sandbox processes started by tests."""

from __future__ import annotations

import os
import random
import socket

import pytest

FIRST, LAST = 21000, 33000
"""Below the ephemeral range, where nothing else asks for ports."""


def _slice() -> range:
    """This test process's own share of the range: the suite runs on several xdist workers
    at once, and two scanning the same ports from the same start would both find a base
    free and then race for it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    index = int(worker) if worker.isdigit() else 0
    width = (LAST - FIRST) // max(count, 1) // 10 * 10
    start = FIRST + index * width
    return range(start, start + width, 10)


def free_port_base() -> int:
    """A base whose next five ports nothing uses, from a random start in this worker's share
    (so that another run on the machine at the same time is unlikely to pick it too)."""
    bases = list(_slice())
    offset = random.randrange(len(bases))
    for base in bases[offset:] + bases[:offset]:
        probes = []
        try:
            for port in range(base + 1, base + 6):
                probe = socket.socket()
                probes.append(probe)
                probe.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for probe in probes:
                probe.close()
    pytest.skip("no five free loopback ports found")
