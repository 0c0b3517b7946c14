-- Lua twin of benches/programs/nbody.py (same workload, same output).
local STEPS = 150000 -- bench: quick=2000

local sqrt = math.sqrt
local PI = 3.141592653589793
local SOLAR_MASS = 4.0 * PI * PI
local DAYS_PER_YEAR = 365.24

-- each body: {x, y, z, vx, vy, vz, mass}
local function make_bodies()
  local sun = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS}
  local jupiter = {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
                   -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS}
  local saturn = {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
                  2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS}
  local uranus = {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
                  -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS}
  local neptune = {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
                   -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS}
  return {sun, jupiter, saturn, uranus, neptune}
end

local function offset_momentum(bodies)
  local px, py, pz = 0.0, 0.0, 0.0
  for i = 1, #bodies do
    local b = bodies[i]
    px = px + b[4] * b[7]
    py = py + b[5] * b[7]
    pz = pz + b[6] * b[7]
  end
  local sun = bodies[1]
  sun[4] = -px / SOLAR_MASS
  sun[5] = -py / SOLAR_MASS
  sun[6] = -pz / SOLAR_MASS
end

local function energy(bodies)
  local e = 0.0
  local n = #bodies
  for i = 1, n do
    local b = bodies[i]
    e = e + 0.5 * b[7] * (b[4] * b[4] + b[5] * b[5] + b[6] * b[6])
    for j = i + 1, n do
      local b2 = bodies[j]
      local dx = b[1] - b2[1]
      local dy = b[2] - b2[2]
      local dz = b[3] - b2[3]
      e = e - (b[7] * b2[7]) / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(bodies, dt, steps)
  local n = #bodies
  for _ = 1, steps do
    for i = 1, n do
      local b = bodies[i]
      for j = i + 1, n do
        local b2 = bodies[j]
        local dx = b[1] - b2[1]
        local dy = b[2] - b2[2]
        local dz = b[3] - b2[3]
        local d2 = dx * dx + dy * dy + dz * dz
        local mag = dt / (d2 * sqrt(d2))
        local bm = b[7] * mag
        local b2m = b2[7] * mag
        b[4] = b[4] - dx * b2m
        b[5] = b[5] - dy * b2m
        b[6] = b[6] - dz * b2m
        b2[4] = b2[4] + dx * bm
        b2[5] = b2[5] + dy * bm
        b2[6] = b2[6] + dz * bm
      end
    end
    for i = 1, n do
      local b = bodies[i]
      b[1] = b[1] + dt * b[4]
      b[2] = b[2] + dt * b[5]
      b[3] = b[3] + dt * b[6]
    end
  end
end

local bodies = make_bodies()
offset_momentum(bodies)
print(string.format("%.9f", energy(bodies)))
advance(bodies, 0.01, STEPS)
print(string.format("%.9f", energy(bodies)))
