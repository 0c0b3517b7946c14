-- Lua twin of benches/programs/sum_loop.py (same workload, same output).
local N = 6000000 -- bench: quick=100000

local function for_loop(n)
  local total = 0
  for i = 0, n - 1 do
    total = total + i % 7 * 3 + i % 13 - i % 5 * 2
  end
  return total
end

local function while_loop(n)
  local total = 0
  local i = 0
  while i < n do
    total = (total + i * 5 + 3) % 1000003
    i = i + 1
  end
  return total
end

local a = for_loop(N)
local b = while_loop(N)
print(string.format("sum_loop %d %d", a, b))
