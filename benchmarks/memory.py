"""Peak memory of this process.

`getrusage().ru_maxrss` is not it: Linux carries the high-water mark across `execve`, so a
process started by a harness that holds a million-record sandbox would report the harness's
size. VmHWM in /proc/self/status belongs to this process's own address space.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
