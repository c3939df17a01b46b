"""The window starts without loading what only a demo or a schema upgrade needs."""

from __future__ import annotations

import subprocess
import sys

# The sandbox's fake people (faker) and Alembic took a quarter of a second of every start;
# numpy (the linkage's bulk scoring and estimation) a tenth, before the first sync needs it.
NOT_AT_START = (
    "faker",
    "alembic",
    "caseworker.sandbox.network",
    "caseworker.sandbox.population",
    "numpy",
    "holidays",
    # The pages behind Home are built after the window's first paint (ui.main_window), and
    # what only a screenshot shows is read when one is asked for (ui.screenshot).
    "ui.person.page",
    "ui.emerging.page",
    "ui.frontdoor.page",
    "ui.screenshot",
    "caseworker.services.emerging",
    "caseworker.services.exporting",
)


def test_the_window_module_loads_neither_the_sandbox_nor_alembic() -> None:
    probe = f"import sys, ui.app; print(' '.join(m for m in {NOT_AT_START!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []
