from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Type,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Deque,
                    DefaultDict, Counter, Literal, Final, ClassVar, TypeVar, Generic, NoReturn,
                    Annotated, cast, overload, get_origin, get_args, NewType, TYPE_CHECKING,
                    Hashable, Sized, Awaitable, OrderedDict, ChainMap, AnyStr, Text, Never, Self)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", str, int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, V, Co, Contra, T.__name__, K.__bound__, V.__constraints__, Co.__covariant__)

for x in [Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str],
          Union[int, None], Union[int], Union[int, Union[str, float]], Union[int, int, str],
          Callable[[int, str], bool], Callable[..., int], Callable[[], None], Tuple[int, ...],
          Tuple[()], Tuple[int, str], Type[int], Literal[1, "a"], Final[int], ClassVar[List[int]],
          Set[T], FrozenSet[int], Iterable[T], Iterator[int], Generator[int, None, None],
          Sequence[str], Mapping[str, Any], Deque[int], DefaultDict[str, int], Counter[str],
          NoReturn, Optional[List[T]], List["Foo"], Dict, Callable, Tuple,
          Type, Union, Optional, Never, Self, Hashable, Sized, Awaitable[int],
          OrderedDict[str, int], ChainMap[str, int], List[int] | None, Optional[Union[int, str]],
          MutableMapping[K, V], Dict[str, Callable[[int], List[T]]], Literal[True, None]]:
    print(repr(x))

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_args(Callable[[int], str]), get_origin(Literal[1]), get_args(Tuple[()]))
print(get_args(Callable[..., int]))
print(List[int] == List[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(Literal[1, 2] == Literal[2, 1], Optional[int] == Union[None, int], Dict[str, int] != Dict[str, str])
print(List[T][int], Dict[K, V][int, str], Optional[T][str])
print(cast(int, "x"), cast("List[int]", [1]), TYPE_CHECKING, Text, AnyStr)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items)


class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k = k
        self.v = v


print(Pair(1, "a").v)


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


def apply(f: Callable[[int], int], x: int = 0) -> int:
    return f(x)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(first([3, 4]), first([]), apply(lambda n: n + 1, 41), double(4), double("ab"))
x: Dict[str, int] = {"a": 1}
y: Final = 5
print(x, y)

errors = [lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: List(),
          lambda: TypeVar("X", int), lambda: Callable[int], lambda: Any(), lambda: Optional[int, str],
          lambda: TypeVar("B", covariant=True, contravariant=True)]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
