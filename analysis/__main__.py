"""Command line: ``python -m analysis run`` reruns the series; ``clear-cache`` empties the cache."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence

from . import paths
from .runner import NotebookFailed, run_series


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="execute the notebook series headless and write the report")
    run.add_argument("--corpus", help="folder of articles (default: the bundled corpus in data/)")
    run.add_argument("--out", help="output folder for figures/ and reports/ (needed with --corpus)")
    run.add_argument("--outlets", nargs="+", help="only these outlets (default: all)")
    run.add_argument("--jobs", type=int, help="notebooks run at the same time (default: one per core; 1 = in order)")
    commands.add_parser("clear-cache", help=f"delete derived tables in {paths.CACHE_DIR}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "clear-cache":
        shutil.rmtree(paths.CACHE_DIR, ignore_errors=True)
        print(f"cleared {paths.CACHE_DIR}")
        return 0
    try:
        result = run_series(corpus=args.corpus, out_dir=args.out, outlets=args.outlets, jobs=args.jobs)
    except (NotebookFailed, FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"figures: {result.figures_dir}\nreport:  {result.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
