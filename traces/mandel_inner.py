# Golden trace: mandelbrot's inner loop. Floats stay unboxed: nothing is
# allocated and nothing invariant is loaded in the body.
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi < 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


print(escape(-0.5, 0.5, 2000), escape(0.3, 0.6, 2000))
