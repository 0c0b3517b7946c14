"""Source lines of the program's files (and of the embedded modules)."""

from _tauraro_tb import getline as _getline

__all__ = ["getline", "clearcache", "checkcache"]


def getline(filename, lineno, module_globals=None):
    return _getline(filename, lineno)


def clearcache():
    pass


def checkcache(filename=None):
    pass
