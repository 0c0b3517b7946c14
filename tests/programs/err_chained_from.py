# Error: uncaught exception raised with "from" another exception.
class LoadError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise LoadError("could not load " + repr(text)) from e


print(load("12"))
load("twelve")
