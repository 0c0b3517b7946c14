//! Native twin of benches/programs/nbody.py.
use native_kernels::size_arg;

const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

/// x, y, z, vx, vy, vz, mass
type Body = [f64; 7];

fn make_bodies() -> Vec<Body> {
    let d = DAYS_PER_YEAR;
    let m = SOLAR_MASS;
    vec![
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, m],
        [
            4.84143144246472090e+00,
            -1.16032004402742839e+00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * d,
            7.69901118419740425e-03 * d,
            -6.90460016972063023e-05 * d,
            9.54791938424326609e-04 * m,
        ],
        [
            8.34336671824457987e+00,
            4.12479856412430479e+00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * d,
            4.99852801234917238e-03 * d,
            2.30417297573763929e-05 * d,
            2.85885980666130812e-04 * m,
        ],
        [
            1.28943695621391310e+01,
            -1.51111514016986312e+01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * d,
            2.37847173959480950e-03 * d,
            -2.96589568540237556e-05 * d,
            4.36624404335156298e-05 * m,
        ],
        [
            1.53796971148509165e+01,
            -2.59193146099879641e+01,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * d,
            1.62824170038242295e-03 * d,
            -9.51592254519715870e-05 * d,
            5.15138902046611451e-05 * m,
        ],
    ]
}

fn offset_momentum(bodies: &mut [Body]) {
    let (mut px, mut py, mut pz) = (0.0, 0.0, 0.0);
    for b in bodies.iter() {
        px += b[3] * b[6];
        py += b[4] * b[6];
        pz += b[5] * b[6];
    }
    bodies[0][3] = -px / SOLAR_MASS;
    bodies[0][4] = -py / SOLAR_MASS;
    bodies[0][5] = -pz / SOLAR_MASS;
}

fn energy(bodies: &[Body]) -> f64 {
    let mut e = 0.0;
    let n = bodies.len();
    for i in 0..n {
        let b = &bodies[i];
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5]);
        for b2 in &bodies[i + 1..n] {
            let dx = b[0] - b2[0];
            let dy = b[1] - b2[1];
            let dz = b[2] - b2[2];
            e -= (b[6] * b2[6]) / (dx * dx + dy * dy + dz * dz).sqrt();
        }
    }
    e
}

fn advance(bodies: &mut [Body], dt: f64, steps: usize) {
    let n = bodies.len();
    for _ in 0..steps {
        for i in 0..n {
            let (head, tail) = bodies.split_at_mut(i + 1);
            let b = &mut head[i];
            for b2 in tail.iter_mut() {
                let dx = b[0] - b2[0];
                let dy = b[1] - b2[1];
                let dz = b[2] - b2[2];
                let d2 = dx * dx + dy * dy + dz * dz;
                let mag = dt / (d2 * d2.sqrt());
                let bm = b[6] * mag;
                let b2m = b2[6] * mag;
                b[3] -= dx * b2m;
                b[4] -= dy * b2m;
                b[5] -= dz * b2m;
                b2[3] += dx * bm;
                b2[4] += dy * bm;
                b2[5] += dz * bm;
            }
        }
        for b in bodies.iter_mut() {
            b[0] += dt * b[3];
            b[1] += dt * b[4];
            b[2] += dt * b[5];
        }
    }
}

fn main() {
    let steps = size_arg(150000);
    let mut bodies = make_bodies();
    offset_momentum(&mut bodies);
    println!("{:.9}", energy(&bodies));
    advance(&mut bodies, 0.01, steps);
    println!("{:.9}", energy(&bodies));
}
