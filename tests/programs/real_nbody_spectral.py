# Float-heavy kernels: n-body, spectral norm, and a few math checks.
import math

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

BODIES = {
    "sun": ([0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS),
    "jupiter": ([4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01],
                [1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
                 -6.90460016972063023e-05 * DAYS_PER_YEAR], 9.54791938424326609e-04 * SOLAR_MASS),
    "saturn": ([8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01],
               [-2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
                2.30417297573763929e-05 * DAYS_PER_YEAR], 2.85885980666130812e-04 * SOLAR_MASS),
    "uranus": ([1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01],
               [2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
                -2.96589568540237556e-05 * DAYS_PER_YEAR], 4.36624404335156298e-05 * SOLAR_MASS),
}

def combinations(l):
    result = []
    for x in range(len(l) - 1):
        ls = l[x + 1:]
        for y in ls:
            result.append((l[x], y))
    return result

SYSTEM = list(BODIES.values())
PAIRS = combinations(SYSTEM)

def advance(dt, n):
    for i in range(n):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in PAIRS:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
        for (r, [vx, vy, vz], m) in SYSTEM:
            r[0] += dt * vx
            r[1] += dt * vy
            r[2] += dt * vz

def energy():
    e = 0.0
    for (((x1, y1, z1), v1, m1), ((x2, y2, z2), v2, m2)) in PAIRS:
        dx = x1 - x2
        dy = y1 - y2
        dz = z1 - z2
        e -= (m1 * m2) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for (r, [vx, vy, vz], m) in SYSTEM:
        e += m * (vx * vx + vy * vy + vz * vz) / 2.
    return e

def offset_momentum(ref):
    px = py = pz = 0.0
    for (r, [vx, vy, vz], m) in SYSTEM:
        px -= vx * m
        py -= vy * m
        pz -= vz * m
    (r, v, m) = ref
    v[0] = px / m
    v[1] = py / m
    v[2] = pz / m

offset_momentum(BODIES["sun"])
print("%.9f" % energy())
for step in range(5):
    advance(0.01, 200)
    print(step, "%.9f" % energy(), repr(SYSTEM[1][0][0]))

def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def eval_A_times_u(u):
    return [sum(eval_A(i, j) * uj for j, uj in enumerate(u)) for i in range(len(u))]

def eval_At_times_u(u):
    return [sum(eval_A(j, i) * uj for j, uj in enumerate(u)) for i in range(len(u))]

def spectral(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_At_times_u(eval_A_times_u(u))
        u = eval_At_times_u(eval_A_times_u(v))
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return math.sqrt(vBv / vv)

for n in (10, 40, 64):
    print(n, "%0.9f" % spectral(n), repr(spectral(n)))

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi), math.atan2(-1, -1), math.degrees(math.pi / 3), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.prod([1.5, 2, 3]), math.prod(range(1, 11)), math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.25))
print(7.0 // 2, -7.0 // 2, 7.5 % -2, divmod(-7.5, 2), 2 ** -2, (-8) ** (1 / 3) if False else "", 10 ** -1)
print(float.hex(1.5) if hasattr(float, "hex") else "", (0.1).as_integer_ratio(), (2.5).is_integer(), 1e16 + 1)
print(int(1e20), int(-3.99), int("  42  "), float("  -1.5e3 "), float("inf") > 1e308, abs(-0.0))
