# User exception classes: hierarchy, __init__ with super(), custom __str__, args.
class AppError(Exception):
    pass


class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return self.field + ": " + self.problem


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + repr(key))
        self.key = key


class Silent(AppError):
    def __init__(self):
        pass


def check(data):
    if "name" not in data:
        raise NotFound("name")
    if len(data["name"]) < 3:
        raise ValidationError("name", "too short")
    return "ok"


for data in [{"name": "bob"}, {"name": "al"}, {}]:
    try:
        print(check(data))
    except ValidationError as e:
        print("validation:", e, e.args, e.field)
    except AppError as e:
        print("app:", e, e.args, type(e).__name__, e.key)

e = ValidationError("age", "negative")
print(str(e), repr(e), e.args)
n = NotFound(5)
print(str(n), repr(n))
s = Silent()
print(repr(str(s)), s.args, repr(s))
print(isinstance(e, AppError), isinstance(e, Exception), isinstance(e, BaseException))
print(issubclass(ValidationError, Exception), issubclass(AppError, ValueError))
print([c.__name__ for c in ValidationError.__mro__])


class WithDefaults(Exception):
    def __init__(self, msg="default message", code=1):
        super().__init__(msg)
        self.code = code


try:
    raise WithDefaults
except WithDefaults as w:
    print(w, w.code, w.args)
try:
    raise WithDefaults("custom", code=7)
except Exception as w:
    print(w, w.code)
print(repr(Exception()), repr(Exception("a", 2)), str(Exception("a", 2)), str(Exception()))
print(repr(AppError("x")), str(AppError()), AppError(1, 2).args)
