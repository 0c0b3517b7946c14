//! Native twin of benches/programs/mandelbrot.py.
use native_kernels::size_arg;

const MAX_ITER: u32 = 50;

fn main() {
    let w = size_arg(700);
    let wf = w as f64;
    let mut inside: u64 = 0;
    let mut iterations: u64 = 0;
    for y in 0..w {
        let ci = 2.0 * y as f64 / wf - 1.0;
        for x in 0..w {
            let cr = 2.5 * x as f64 / wf - 2.0;
            let mut zr = 0.0f64;
            let mut zi = 0.0f64;
            let mut i = 0;
            while i < MAX_ITER {
                let zr2 = zr * zr;
                let zi2 = zi * zi;
                if zr2 + zi2 > 4.0 {
                    break;
                }
                zi = 2.0 * zr * zi + ci;
                zr = zr2 - zi2 + cr;
                i += 1;
            }
            if i == MAX_ITER {
                inside += 1;
            }
            iterations += i as u64;
        }
    }
    println!("mandelbrot size={w} inside={inside} iterations={iterations}");
}
