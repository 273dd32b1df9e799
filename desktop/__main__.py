"""`sangkien` and `python -m desktop`: the GUI with no command, the command line otherwise."""

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
