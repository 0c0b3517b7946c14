-- Lua twin of benches/programs/mandelbrot.py (same workload, same output).
local W = 700 -- bench: quick=40
local MAX_ITER = 50

local inside, iterations = 0, 0
for y = 0, W - 1 do
  local ci = 2.0 * y / W - 1.0
  for x = 0, W - 1 do
    local cr = 2.5 * x / W - 2.0
    local zr, zi = 0.0, 0.0
    local i = 0
    while i < MAX_ITER do
      local zr2 = zr * zr
      local zi2 = zi * zi
      if zr2 + zi2 > 4.0 then
        break
      end
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      i = i + 1
    end
    if i == MAX_ITER then
      inside = inside + 1
    end
    iterations = iterations + i
  end
end
print(string.format("mandelbrot size=%d inside=%d iterations=%d", W, inside, iterations))
