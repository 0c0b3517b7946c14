# Error: exception raised several frames deep propagates to the top level uncaught (finally blocks still run).
def parse(s):
    return int(s)
def load(items):
    out = []
    for s in items:
        out.append(parse(s))
    return out
def main():
    try:
        print(load(["1", "2"]))
        print(load(["3", "four", "5"]))
    finally:
        print("cleanup in main")
main()
