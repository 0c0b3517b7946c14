-- Lua twin of benches/programs/spectral_norm.py (same workload, same output).
local N = 350 -- bench: quick=20
local ITERS = 10

local function eval_a(i, j)
  return 1.0 / (math.floor((i + j) * (i + j + 1) / 2) + i + 1)
end

local function mul_av(v, n)
  local out = {}
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(i, j) * v[j]
    end
    out[i] = s
  end
  return out
end

local function mul_atv(v, n)
  local out = {}
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + eval_a(j, i) * v[j]
    end
    out[i] = s
  end
  return out
end

local function mul_atav(v, n)
  return mul_atv(mul_av(v, n), n)
end

local n = N
local u = {}
for i = 0, n - 1 do
  u[i] = 1.0
end
local v = u
for _ = 1, ITERS do
  v = mul_atav(u, n)
  u = mul_atav(v, n)
end
local vbv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("spectral_norm n=%d %.9f", n, math.sqrt(vbv / vv)))
