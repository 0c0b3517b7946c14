# A linked list class with __len__, __iter__, __getitem__, __repr__, __eq__, __contains__, __reversed__.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, v):
        print("(contains)", end=" ")
        return any(x == v for x in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(9)
print(ll, len(ll), ll[0], ll[-1], ll[2])
print(4 in ll, 7 in ll)
print(list(reversed(ll)), sorted(ll), sum(ll))
ll.reverse()
print(ll)
print(ll == LinkedList([1, 4, 1, 3, 9]), ll == [1, 4, 1, 3, 9], ll != LinkedList())
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
print(LinkedList("ab"), [v * 2 for v in ll])
