"""`make translations`: bring resources/translations/*.ts up to date with the code, report
what is left to translate, and compile each .ts to the .qm the app loads.

    python packaging/dev/translations.py            # update, report, compile
    python packaging/dev/translations.py --check    # exit 1 if anything is untranslated
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui.catalogue import catalogue, gaps, read_ts, write_ts  # noqa: E402

LANGUAGES = {"cy": "cy_GB"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report only; change nothing")
    args = parser.parse_args()
    ok = True
    for code, language in LANGUAGES.items():
        found = catalogue(ROOT, code)  # with the plural forms this language has
        ts = ROOT / "resources" / "translations" / f"caseworker_{code}.ts"
        held = read_ts(ts)
        missing = gaps(found, held)
        for label, items in (
            ("untranslated", missing.untranslated),
            ("placeholders differ", missing.wrong_placeholders),
            ("keyboard mnemonic lost", missing.lost_mnemonics),
        ):
            for source in items:
                print(f"{code}: {label}: {source!r}")
        ok = ok and not any(
            (missing.untranslated, missing.wrong_placeholders, missing.lost_mnemonics)
        )
        if args.check:
            continue
        write_ts(ts, language, found, held)
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).with_name("pyside6-lrelease")
        )
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
        print(f"{code}: {len(found) - len(missing.untranslated)} of {len(found)} translated")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
