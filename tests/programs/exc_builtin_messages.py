# Exceptions: exact messages of common built-in errors raised by operators, calls and conversions.
five = 5
nothing = None
one_list = [1]
one_tuple = (1,)
yes = True
thunks = [
    ("int + str", lambda: 1 + "a"),
    ("str + int", lambda: "a" + 1),
    ("list + tuple", lambda: [1] + (1,)),
    ("str * str", lambda: "a" * "b"),
    ("None + 1", lambda: None + 1),
    ("float - str", lambda: 1.5 - "x"),
    ("list < int", lambda: [1] < 1),
    ("str < int", lambda: "a" < 1),
    ("None < None", lambda: None < None),
    ("-str", lambda: -"s"),
    ("~float", lambda: ~1.5),
    ("int()", lambda: five()),
    ("int subscript", lambda: five[0]),
    ("None subscript", lambda: nothing[0]),
    ("dict key list", lambda: {[1]: 2}),
    ("set of list", lambda: {[1]}),
    ("hash list", lambda: hash([1])),
    ("len int", lambda: len(5)),
    ("iter int", lambda: iter(5)),
    ("for over int", lambda: [x for x in 5]),
    ("str.join ints", lambda: ",".join([1, 2])),
    ("list index str", lambda: one_list[""]),
    ("tuple index float", lambda: one_tuple[1.5]),
    ("float % str", lambda: 1.0 % "x"),
    ("int & float", lambda: 1 & 1.0),
    ("shift float", lambda: 1 << 1.0),
    ("ord long", lambda: ord("ab")),
    ("ord empty", lambda: ord("")),
    ("chr big", lambda: chr(0x110000)),
    ("chr negative", lambda: chr(-1)),
    ("min empty", lambda: min([])),
    ("max empty", lambda: max([])),
    ("next on list", lambda: next([1])),
    ("int attr", lambda: (5).foo),
    ("str attr", lambda: "s".nope),
    ("list.pop empty", lambda: [].pop()),
    ("list.pop index", lambda: [1].pop(5)),
    ("dict missing", lambda: {"a": 1}["b"]),
    ("str index", lambda: "abc"[10]),
    ("divmod zero", lambda: divmod(1, 0)),
    ("float conv", lambda: float("x1")),
    ("int conv", lambda: int("1.0")),
    ("range float", lambda: range(1.5)),
    ("range step 0", lambda: range(1, 5, 0)),
    ("undefined", lambda: not_defined_anywhere),
    ("abs str", lambda: abs("x")),
    ("sum strs", lambda: sum(["a", "b"])),
    ("sorted mixed", lambda: sorted([1, "a"])),
    ("bool call", lambda: yes()),
    ("round str", lambda: round("1.5")),
]
for label, thunk in thunks:
    try:
        thunk()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
