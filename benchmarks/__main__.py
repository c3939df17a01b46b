"""`python -m benchmarks`: the performance harness (benchmarks.harness)."""

import sys

from benchmarks.harness import main

sys.exit(main())
