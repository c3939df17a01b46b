"""`make bank-holidays`: write resources/bank-holidays.json, the bank holidays of each nation
a MASH may keep, year by year, from the `holidays` library installed. Run it when the
library is upgraded (tests/core/test_working_time.py says when the two differ).

    python packaging/dev/bank_holidays.py
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from caseworker.working_time import (  # noqa: E402
    BANK_HOLIDAYS,
    NATIONS,
    WRITTEN_YEARS,
    library_bank_holidays,
)


def main() -> None:
    nations = {
        nation: {
            str(year): {
                day.isoformat(): name
                for day, name in sorted(library_bank_holidays(nation, year).items())
            }
            for year in WRITTEN_YEARS
        }
        for nation in NATIONS
    }
    written = {"from": f"holidays {version('holidays')}", "nations": nations}
    BANK_HOLIDAYS.write_text(json.dumps(written, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{BANK_HOLIDAYS.relative_to(ROOT)}: {WRITTEN_YEARS.start}-{WRITTEN_YEARS.stop - 1}")


if __name__ == "__main__":
    main()
