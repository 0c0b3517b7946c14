name = "world"
print(f"hello, {name}")
print(sum(i * i for i in range(10)))
