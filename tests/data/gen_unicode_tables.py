#!/usr/bin/env python3
"""Generate src/runtime/unicode_tables.rs from CPython 3.11's unicodedata.

The tables give the str predicates and case mappings that Rust's standard
library does not provide with CPython's exact definitions:

  DECIMAL, DIGIT, NUMERIC   str.isdecimal / isdigit / isnumeric
  ALPHA                     str.isalpha (categories Lu, Ll, Lt, Lm, Lo)
  PRINTABLE                 str.isprintable
  UPPER, LOWER              str.isupper / str.islower (Uppercase / Lowercase)
  ASSIGNED                  code points assigned in this Unicode version
  CASE_IGNORABLE            Case_Ignorable (for the final-sigma rule)
  ID_START, ID_CONTINUE     str.isidentifier (XID_Start + '_', XID_Continue)
  TITLE_SPECIAL             chars whose title case differs from their upper case
  CASEFOLD_SPECIAL          chars whose case folding differs from their lower case

Usage: python3 tests/data/gen_unicode_tables.py > src/runtime/unicode_tables.rs
"""

import sys
import unicodedata


# Word_Break MidLetter, MidNumLet and Single_Quote (part of Case_Ignorable).
WORD_BREAK_MID = set("\u0027\u002E\u003A\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027"
                     "\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A")


def ranges(pred):
    out = []
    start = None
    for c in range(0x110000):
        ok = pred(chr(c))
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def emit_ranges(name, rs):
    print("pub static %s: &[(u32, u32)] = &[" % name)
    line = "   "
    for a, b in rs:
        item = " (0x%X, 0x%X)," % (a, b)
        if len(line) + len(item) > 99:
            print(line)
            line = "   "
        line += item
    if line.strip():
        print(line)
    print("];")
    print()


def rust_str(s):
    return '"' + "".join("\\u{%X}" % ord(ch) for ch in s) + '"'


def emit_map(name, pairs):
    print("pub static %s: &[(char, &str)] = &[" % name)
    for c, s in pairs:
        print("    ('\\u{%X}', %s)," % (ord(c), rust_str(s)))
    print("];")
    print()


def main():
    print("//! Unicode tables for the str methods, generated from CPython %s's unicodedata"
          % sys.version.split()[0])
    print("//! (Unicode %s) by `tests/data/gen_unicode_tables.py`. Do not edit by hand."
          % unicodedata.unidata_version)
    print()
    emit_ranges("DECIMAL", ranges(str.isdecimal))
    emit_ranges("DIGIT", ranges(str.isdigit))
    emit_ranges("NUMERIC", ranges(str.isnumeric))
    emit_ranges("ALPHA", ranges(str.isalpha))
    emit_ranges("PRINTABLE", ranges(str.isprintable))
    emit_ranges("UPPER", ranges(str.isupper))
    emit_ranges("ASSIGNED", ranges(lambda c: unicodedata.category(c) != "Cn"))
    emit_ranges("CASE_IGNORABLE", ranges(
        lambda c: unicodedata.category(c) in ("Mn", "Me", "Cf", "Lm", "Sk") or c in WORD_BREAK_MID))
    emit_ranges("LOWER", ranges(str.islower))
    emit_ranges("ID_START", ranges(lambda c: c.isidentifier()))
    emit_ranges("ID_CONTINUE", ranges(lambda c: ("a" + c).isidentifier()))
    chars = [chr(c) for c in range(0x110000)]
    emit_map("TITLE_SPECIAL", [(c, c.title()) for c in chars if c.title() != c.upper()])
    emit_map("CASEFOLD_SPECIAL", [(c, c.casefold()) for c in chars if c.casefold() != c.lower()])


if __name__ == "__main__":
    main()
