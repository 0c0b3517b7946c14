# Error: a SyntaxError detected before anything runs, so no output is produced.
print("this line never runs because the file does not compile")
x = = 1
