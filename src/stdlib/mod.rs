//! Standard-library modules written in Python, embedded in the binary and
//! compiled on first import (like PyPy's pure-Python modules).

/// The Python source of an embedded module, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// (module name, source). Add a module by adding its file here.
const EMBEDDED: &[(&str, &str)] = &[
    ("abc", include_str!("abc.py")),
    ("bisect", include_str!("bisect.py")),
    ("collections", include_str!("collections.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("contextlib", include_str!("contextlib.py")),
    ("copy", include_str!("copy.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("enum", include_str!("enum.py")),
    ("fractions", include_str!("fractions.py")),
    ("functools", include_str!("functools.py")),
    ("heapq", include_str!("heapq.py")),
    ("io", include_str!("io.py")),
    ("itertools", include_str!("itertools.py")),
    ("json", include_str!("json.py")),
    ("keyword", include_str!("keyword.py")),
    ("linecache", include_str!("linecache.py")),
    ("operator", include_str!("operator.py")),
    ("statistics", include_str!("statistics.py")),
    ("string", include_str!("string.py")),
    ("traceback", include_str!("traceback.py")),
    ("types", include_str!("types.py")),
    ("typing", include_str!("typing.py")),
];
