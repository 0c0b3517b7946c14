# Defining __eq__ without __hash__ sets __hash__ to None; explicit __hash__ = None.
class EqNoHash:
    def __eq__(self, other):
        return True


class Plain:
    pass


class ExplicitNone:
    __hash__ = None


print(EqNoHash.__hash__ is None, Plain.__hash__ is None, ExplicitNone.__hash__ is None)
for cls in (EqNoHash, ExplicitNone):
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
print(hash(Plain()) == hash(Plain()) or True)
