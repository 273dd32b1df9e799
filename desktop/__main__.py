"""`sangkien` and `python -m desktop`: the GUI with no command, the command line otherwise."""

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the built program: a child process runs its task and ends
        import multiprocessing  # (the import preview's duplicates check, db.duplicates)

        multiprocessing.freeze_support()
    from desktop.startup import pause_collector, start_up_done

    pause_collector()  # until the database is open or the window shows (desktop.startup)
    try:
        from desktop.cli import run

        return run(sys.argv[1:] if argv is None else argv)
    finally:
        start_up_done()


if __name__ == "__main__":
    sys.exit(main())
