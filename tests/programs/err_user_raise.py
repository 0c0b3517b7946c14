# Error: a user-raised ValueError with a custom message escapes the program.
def validate(age):
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    return age
for a in [30, 0, 7]:
    print("valid", validate(a))
validate(-5)
