# mandelbrot: escape-time iteration on a W x W grid (float arithmetic in a while loop).
W = 700  # bench: quick=40
MAX_ITER = 50


def main():
    inside = 0
    iterations = 0
    for y in range(W):
        ci = 2.0 * y / W - 1.0
        for x in range(W):
            cr = 2.5 * x / W - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < MAX_ITER:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == MAX_ITER:
                inside += 1
            iterations += i
    print("mandelbrot size=%d inside=%d iterations=%d" % (W, inside, iterations))


main()
