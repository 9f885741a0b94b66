"""`python -m bot`, and the `bot` command's entry point: Ctrl+C at any moment, even while modules are still
loading, exits 130 with one line instead of a traceback."""

import sys


def run() -> int:
    """Run the command line; the only code that runs before the KeyboardInterrupt guard is `import sys`."""
    try:
        from .cli import main

        return main()
    except KeyboardInterrupt:
        sys.stderr.write("bot: interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(run())
