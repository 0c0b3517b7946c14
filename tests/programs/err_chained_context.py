# Error: exception raised while handling another (implicit chaining).
def cleanup(d):
    try:
        return d["resource"]
    except KeyError:
        print("handling KeyError")
        raise RuntimeError("cleanup failed")


print(cleanup({"resource": 1}))
cleanup({})
