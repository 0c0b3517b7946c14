#!/usr/bin/env python3
"""Regenerate the expected outputs of every benchmark program with CPython.

For each benches/programs/NAME.py this writes
  NAME.out        stdout of the full-size run
  NAME.quick.out  stdout of the scaled-down run used by `tools/bench --quick`

The scaled-down run is the same program with its scale constant replaced:
a program marks that constant with a trailing comment, e.g.
    N = 6000000  # bench: quick=100000

Usage: python3 benches/gen_expected.py [--filter NAME]... [--check] [--python PATH]
  --check   compare with the stored files instead of writing them (exit 1 on a difference)
  --python  interpreter to use (default: the CPython running this script)
"""
import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
MARKER = re.compile(r"^(\s*(?:local\s+)?[A-Za-z_]\w*\s*=\s*)(\S+)(\s*(?:#|--)\s*bench:\s*quick=(\S+).*)$")


def quick_source(text):
    """Return text with every `# bench: quick=V` constant replaced by V (None if no marker)."""
    out = []
    found = False
    for line in text.split("\n"):
        m = MARKER.match(line)
        if m:
            found = True
            line = m.group(1) + m.group(4) + m.group(3)
        out.append(line)
    return "\n".join(out) if found else None


def run(python, path, cwd):
    p = subprocess.run([python, path], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit("%s failed with exit code %d" % (path, p.returncode))
    return p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--filter", action="append", default=[], help="substring of program names (repeatable)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("--python", default=sys.executable, help="CPython binary (default: %(default)s)")
    args = ap.parse_args()

    if args.python == sys.executable and platform.python_implementation() != "CPython":
        raise SystemExit("run this script with CPython (it is %s)" % platform.python_implementation())

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.filter:
        names = [n for n in names if any(s in n for s in args.filter)]
    bad = 0
    tmp = tempfile.mkdtemp(prefix="bench-quick-")
    for name in names:
        src = os.path.join(PROGRAMS, name + ".py")
        with open(src) as f:
            text = f.read()
        jobs = [(src, name + ".out")]
        q = quick_source(text)
        if q is None:
            sys.stderr.write("warning: %s has no '# bench: quick=' marker\n" % name)
        else:
            qpath = os.path.join(tmp, name + ".py")
            with open(qpath, "w") as f:
                f.write(q)
            jobs.append((qpath, name + ".quick.out"))
        for path, outname in jobs:
            sys.stderr.write("%-16s -> %s\n" % (name, outname))
            data = run(args.python, path, PROGRAMS)
            dest = os.path.join(PROGRAMS, outname)
            if args.check:
                old = open(dest, "rb").read() if os.path.exists(dest) else None
                if old != data:
                    bad += 1
                    sys.stderr.write("  DIFFERS: %s\n" % outname)
            else:
                with open(dest, "wb") as f:
                    f.write(data)
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)
    if bad:
        raise SystemExit("%d output(s) differ" % bad)


if __name__ == "__main__":
    main()
