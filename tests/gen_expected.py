#!/usr/bin/env python3
"""Regenerate the CPython oracle outputs for the Tauraro test corpus.

For every tests/programs/NAME.py (or just the files named on the command line)
this runs the real CPython interpreter (sys.executable) with the working
directory set to tests/programs and the bare file name as its argument, then
writes:

  NAME.out  the exact bytes CPython wrote to stdout
  NAME.err  only when the exit code is non-zero: two lines, the exit code and
            the last non-empty line of stderr (e.g. "KeyError: 'missing'");
            a stale NAME.err is deleted when the program exits with 0.

Each program is run twice, with two different PYTHONHASHSEED values; if the
outputs differ the program depends on hash randomization and is reported as
an error (nothing is written for it). Programs that take longer than
--slow seconds, or that write to stderr while exiting 0, get a warning.

Usage:
  python3 tests/gen_expected.py                 # every program
  python3 tests/gen_expected.py err_keyerror.py tests/programs/float_repr.py
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
HASH_SEEDS = ("0", "4242")
TIMEOUT = 60


def run(name, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONWARNINGS", None)
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, name],
        cwd=PROGRAMS,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    return proc, time.monotonic() - start


def last_nonempty_line(data):
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def resolve(arg):
    base = os.path.basename(arg)
    if not base.endswith(".py"):
        base += ".py"
    if not os.path.isfile(os.path.join(PROGRAMS, base)):
        raise SystemExit("no such program: " + arg)
    return base


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="programs to regenerate (default: all)")
    ap.add_argument("--slow", type=float, default=1.0, help="warn when a program runs longer than this (s)")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print("warning: the oracle is CPython 3.11, this is " + sys.version.split()[0], file=sys.stderr)

    if args.files:
        names = [resolve(f) for f in args.files]
    else:
        names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith(".py"))

    problems = 0
    n_err = 0
    for name in names:
        stem = name[:-3]
        out_path = os.path.join(PROGRAMS, stem + ".out")
        err_path = os.path.join(PROGRAMS, stem + ".err")
        try:
            first, elapsed = run(name, HASH_SEEDS[0])
            second, _ = run(name, HASH_SEEDS[1])
        except subprocess.TimeoutExpired:
            print("ERROR  %s: timed out after %d s" % (name, TIMEOUT))
            problems += 1
            continue
        if (first.stdout, first.returncode, last_nonempty_line(first.stderr)) != (
            second.stdout,
            second.returncode,
            last_nonempty_line(second.stderr),
        ):
            print("ERROR  %s: output depends on PYTHONHASHSEED; not written" % name)
            problems += 1
            continue
        with open(out_path, "wb") as f:
            f.write(first.stdout)
        note = ""
        if first.returncode != 0:
            n_err += 1
            line = last_nonempty_line(first.stderr)
            with open(err_path, "w", encoding="utf-8", newline="\n") as f:
                f.write("%d\n%s\n" % (first.returncode, line))
            note = "  [exit %d: %s]" % (first.returncode, line)
            if not name.startswith("err_"):
                print("WARN   %s: exits non-zero but is not named err_*" % name)
        else:
            if os.path.exists(err_path):
                os.remove(err_path)
            if first.stderr.strip():
                print("WARN   %s: wrote to stderr: %s" % (name, last_nonempty_line(first.stderr)))
            if name.startswith("err_"):
                print("WARN   %s: named err_* but exits 0" % name)
        if elapsed > args.slow:
            print("WARN   %s: took %.2f s (limit %.2f s)" % (name, elapsed, args.slow))
        print("ok     %-34s %6d bytes %5.2f s%s" % (name, len(first.stdout), elapsed, note))

    print("%d programs, %d with expected errors, %d problems" % (len(names), n_err, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
