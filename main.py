"""Starts Caseworker: the window by default, or a headless command (see --help)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from caseworker.cli.options import build_parser

    args = build_parser().parse_args(argv)
    if args.command in (None, "demo"):
        from ui.app import run_gui  # Qt is imported only when a window is wanted

        return run_gui(args)
    if args.command == "export" and (
        args.format == "pdf"
        or args.language == "cy"
        or (args.what == "sar" and args.language is None)  # in the person's language
    ):
        from ui.headless import run_export  # Qt's PDF writer, and the translations

        return run_export(args)
    if args.command == "insight" and getattr(args, "pdf", None):
        from ui.headless import run_outcomes_pdf

        return run_outcomes_pdf(args)
    from caseworker.cli.commands import run

    return run(args)


if __name__ == "__main__":
    import multiprocessing

    # The window syncs in a process of its own (caseworker/sync/apart.py); in the installed
    # bundle that process starts from this same program, and this lets it be that process.
    multiprocessing.freeze_support()
    sys.exit(main())
