-- Lua twin of benches/programs/sieve.py (same workload, same output).
local LIMIT = 2000000 -- bench: quick=20000
local REPS = 6

local function sieve(n)
  local flags = {}
  for k = 0, n do
    flags[k] = true
  end
  flags[0] = false
  flags[1] = false
  local i = 2
  while i * i <= n do
    if flags[i] then
      for j = i * i, n, i do
        flags[j] = false
      end
    end
    i = i + 1
  end
  local count, total = 0, 0
  for k = 0, n do
    if flags[k] then
      count = count + 1
      total = total + k
    end
  end
  return count, total
end

local count, total = 0, 0
for r = 0, REPS - 1 do
  local c, t = sieve(LIMIT - r)
  count = count + c
  total = (total + t) % 1000000007
end
print(string.format("sieve limit=%d primes=%d checksum=%d", LIMIT, count, total))
