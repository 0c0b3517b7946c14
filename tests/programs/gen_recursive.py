# Recursive generators: permutations, tree traversal, subsets, hanoi with yield from.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()

    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value

    def depth_pairs(self, d=0):
        yield (d, self.value)
        for c in self.children:
            yield from c.depth_pairs(d + 1)

    def __iter__(self):
        return self.preorder()


tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(list(tree.preorder()))
print(list(tree.postorder()))
print(list(tree.depth_pairs()))
print(sum(tree), max(tree), 7 in tree, 8 in tree)


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    moves2 = yield from hanoi(n - 1, via, dst, src)
    return moves + 1 + moves2


print(list(hanoi(3, "A", "C", "B")))
h = hanoi(4, "A", "C", "B")
count = 0
try:
    while True:
        next(h)
        count += 1
except StopIteration as e:
    print(count, e.value)


def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"


print(list(binary_strings(3)))
