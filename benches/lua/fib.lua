-- Lua twin of benches/programs/fib.py (same workload, same output).
local N = 35 -- bench: quick=20

local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

print(string.format("fib(%d) = %d", N, fib(N)))
