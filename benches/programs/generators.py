# generators: a lazy pipeline of generator functions, `yield from`, and
# generator expressions consumed by sum() and for-loops.
N = 1500000  # bench: quick=5000


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scramble(source):
    for x in source:
        yield (x * 7919 + 13) % 10007


def only_odd(source):
    for x in source:
        if x % 2 == 1:
            yield x


def window_sums(source, k):
    window = []
    total = 0
    for x in source:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.pop(0)
        if len(window) == k:
            yield total


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for g in groups:
        yield from g


def pairs(source):
    it = iter(source)
    for a in it:
        for b in it:
            yield a, b
            break


def main():
    stage = window_sums(only_odd(scramble(numbers(N))), 5)
    checksum = 0
    count = 0
    for s in stage:
        checksum = (checksum * 31 + s) % 1000000007
        count += 1

    chunked = 0
    for c in chunks(scramble(numbers(N)), 7):
        chunked += len(c) * c[0]

    flat = sum(x % 101 for x in flatten(chunks(numbers(N), 13)))

    pair_sum = 0
    for a, b in pairs(scramble(numbers(N))):
        pair_sum += a * b % 977

    squares = sum(x * x for x in range(N) if x % 3 == 0) % 1000000007
    print("generators count=%d checksum=%d chunked=%d flat=%d pairs=%d squares=%d"
          % (count, checksum, chunked, flat, pair_sum, squares))


main()
