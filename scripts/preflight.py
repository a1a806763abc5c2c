"""`make run`'s first step, before anything is installed: can psephos run here at all?

Checks the Python version, that a given mirror is a folder, and that the official files can
be had (mirror, cache, or a reachable upstream host). Prints one line and exits 1 or 2 when
not; prints nothing when all is well. Standard library and psephos's light modules only.
Kept free of syntax newer than Python 3.6 so an old interpreter reaches the version check.
"""

import sys

REQUIRED = (3, 11)


def main(argv):
    if sys.version_info < REQUIRED:
        found = ".".join(str(n) for n in sys.version_info[:3])
        sys.stderr.write(
            f"Error: psephos needs Python {REQUIRED[0]}.{REQUIRED[1]} or newer; {sys.executable} is Python {found}. Install a newer "
            "Python and pass it: `make run PYTHON=python3.12`.\n"
        )
        return 2
    import argparse

    from psephos.errors import PsephosError
    from psephos.sources.fetch import data_status

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mirror", default=None, help="the mirror folder given by the user")
    parser.add_argument("--via", default=None, help="'make' when run by the Makefile")
    args = parser.parse_args(argv)
    if args.via:
        import os

        os.environ["PSEPHOS_VIA"] = args.via
    try:
        problem = data_status(mirror=args.mirror).problem
    except PsephosError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return 2
    if problem:
        sys.stderr.write(f"Error: {problem}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
