#!/usr/bin/env python3
"""Run a program under CPython with Tauraro's embedded pure-Python stdlib modules
(src/stdlib/*.py, as registered in src/stdlib/mod.rs) in place of CPython's own.

  python3 tools/stdlib_cpython.py PROGRAM.py [ARGS...]
  python3 tools/stdlib_cpython.py --diff PROGRAM.py...   # compare with real CPython

--diff runs each program twice (real stdlib, embedded stdlib) and prints a unified
diff of stdout+stderr where they differ, so that the modules can be checked
against CPython before Tauraro can run them.
"""

import difflib
import importlib.abc
import importlib.util
import os
import re
import runpy
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDLIB = os.path.join(ROOT, "src", "stdlib")


def embedded():
    with open(os.path.join(STDLIB, "mod.rs"), encoding="utf-8") as f:
        text = f.read()
    return dict(re.findall(r'\(\s*"([\w.]+)"\s*,\s*include_str!\("([^"]+)"\)\s*\)', text))


class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, table):
        self.table = table

    def find_spec(self, name, path=None, target=None):
        if name in self.table:
            is_pkg = any(k.startswith(name + ".") for k in self.table)
            return importlib.util.spec_from_loader(name, self, is_package=is_pkg)
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        fname = os.path.join(STDLIB, self.table[module.__name__])
        with open(fname, encoding="utf-8") as f:
            src = f.read()
        code = compile(src, fname, "exec")
        exec(code, module.__dict__)


def run_with_embedded(prog, args):
    table = embedded()
    saved = {}
    for name in list(sys.modules):
        if name in table or any(name.startswith(k + ".") for k in table):
            saved[name] = sys.modules.pop(name)
    finder = Finder(table)
    sys.meta_path.insert(0, finder)
    sys.argv = [prog] + args
    os.chdir(os.path.dirname(os.path.abspath(prog)) or ".")
    try:
        runpy.run_path(os.path.basename(prog), run_name="__main__")
    finally:
        # CPython itself relies on some of these (the traceback printer
        # imports io): put its own modules back before it needs them.
        sys.meta_path.remove(finder)
        for name in list(sys.modules):
            if name in table or any(name.startswith(k + ".") for k in table):
                del sys.modules[name]
        sys.modules.update(saved)


def capture(cmd, cwd):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=120)
    lines = p.stderr.strip().splitlines()
    return p.stdout + ("\n[exit %d] %s\n" % (p.returncode, lines[-1] if lines else ""))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--diff":
        bad = 0
        for prog in sys.argv[2:]:
            d = os.path.dirname(os.path.abspath(prog))
            b = os.path.basename(prog)
            real = capture([sys.executable, b], d)
            mine = capture([sys.executable, os.path.abspath(__file__), b], d)
            if real == mine:
                print("same   " + prog)
            else:
                bad += 1
                print("DIFFER " + prog)
                sys.stdout.writelines(difflib.unified_diff(
                    real.splitlines(True), mine.splitlines(True), "cpython", "embedded"))
        return 1 if bad else 0
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    run_with_embedded(sys.argv[1], sys.argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
