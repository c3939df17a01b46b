"""Finding loopback ports for sandbox processes started by tests."""

from __future__ import annotations

import socket

import pytest


def free_port_base() -> int:
    """A base whose next five ports nothing uses (below the ephemeral range)."""
    for base in range(21000, 30000, 10):
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
