# __name__ == "__main__" guard, module-level __name__, functions defined after use sites.
import sys


def helper():
    return "helper called from " + __name__


def main(argv):
    print("main running with", len(argv), "arg(s)")
    print(helper())
    return 0


print("module name:", __name__)
if __name__ == "__main__":
    rc = main(sys.argv)
    print("rc", rc)
else:
    print("imported")
print(type(sys.argv).__name__, sys.argv[0])
print(main.__name__, helper.__name__, (lambda: 0).__name__)
