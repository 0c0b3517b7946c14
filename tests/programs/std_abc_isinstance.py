# isinstance()/issubclass() against collections.abc (ABCMeta, register, __subclasshook__)
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Hashable, Sized, Callable,
                             Container, Collection, Generator, Reversible)
from collections import OrderedDict, deque, Counter


def gen():
    yield 1


class WithIter:
    def __iter__(self):
        return iter(())


class WithLen:
    def __len__(self):
        return 0


checks = [
    ([], Iterable), ([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence),
    ("s", Sequence), (range(3), Sequence), ({}, Mapping), ({}, MutableMapping), (set(), Set),
    (frozenset(), MutableSet), (set(), MutableSet), (1, Hashable), ([], Hashable), (len, Callable),
    (gen(), Generator), (gen(), Iterator), (iter([]), Iterator), ([], Iterator), (WithIter(), Iterable),
    (WithLen(), Sized), (WithLen(), Iterable), ("x", Container), ({}.keys(), Set), ([], Reversible),
    (OrderedDict(), MutableMapping), (deque(), MutableSequence), (Counter(), Mapping), (5, Collection),
]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Sized))
print(issubclass(WithIter, Iterable), issubclass(bool, Hashable))
