# Error: missing attribute on a class object.
class Settings:
    debug = True


print(Settings.debug)
print(Settings.verbose)
