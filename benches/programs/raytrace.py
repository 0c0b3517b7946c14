# raytrace: a small Whitted-style ray tracer with vector objects, polymorphic
# scene objects (spheres and a checkered plane), shadows and reflections.
import math

SIZE = 180  # bench: quick=16
MAX_DEPTH = 3
EPS = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, s):
        return Vec(self.x * s, self.y * s, self.z * s)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > EPS:
            return t
        t = -b + root
        if t > EPS:
            return t
        return -1.0

    def normal_at(self, p):
        return p.sub(self.center).normalized()

    def material_at(self, p):
        return self.material


class CheckerPlane:
    def __init__(self, normal, offset, even, odd):
        self.normal = normal
        self.offset = offset
        self.even = even
        self.odd = odd

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPS < denom < EPS:
            return -1.0
        t = (self.offset - self.normal.dot(ray.origin)) / denom
        if t > EPS:
            return t
        return -1.0

    def normal_at(self, p):
        return self.normal

    def material_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return self.even
        return self.odd


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.1)
        self.background = Vec(0.2, 0.3, 0.5)

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos.sub(point)
        dist = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if 0.0 < t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material_at(point)
        color = self.ambient.mul(mat.color)
        for light in self.lights:
            if self.shadowed(point, light.position):
                continue
            to_light = light.position.sub(point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color.add(mat.color.mul(light.color).scale(lambert * mat.diffuse))
                half = to_light.sub(ray.direction).normalized()
                s = normal.dot(half)
                if s > 0.0:
                    s2 = s * s
                    s4 = s2 * s2
                    s8 = s4 * s4
                    s16 = s8 * s8
                    color = color.add(light.color.scale(s16 * s4 * mat.specular))
        if depth < MAX_DEPTH and mat.reflect > 0.0:
            d = ray.direction
            r = d.sub(normal.scale(2.0 * d.dot(normal)))
            reflected = self.trace(Ray(point, r), depth + 1)
            color = color.add(reflected.scale(mat.reflect))
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(CheckerPlane(Vec(0.0, 1.0, 0.0), -1.0,
                                      Material(Vec(0.9, 0.9, 0.9), 0.8, 0.2, 0.2),
                                      Material(Vec(0.2, 0.2, 0.2), 0.8, 0.2, 0.1)))
    scene.objects.append(Sphere(Vec(0.0, 0.0, 4.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, 0.3, 5.0), 1.3, Material(Vec(0.2, 0.8, 0.3), 0.9, 0.3, 0.2)))
    scene.objects.append(Sphere(Vec(2.0, -0.4, 3.2), 0.6, Material(Vec(0.3, 0.4, 0.9), 0.6, 0.8, 0.5)))
    scene.objects.append(Sphere(Vec(0.8, 1.6, 6.0), 0.9, Material(Vec(0.9, 0.8, 0.3), 0.8, 0.4, 0.0)))
    scene.lights.append(Light(Vec(-4.0, 6.0, -1.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vec(5.0, 4.0, 1.0), Vec(0.5, 0.45, 0.4)))
    return scene


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def main():
    scene = build_scene()
    eye = Vec(0.0, 0.6, -2.5)
    total = 0
    digest = 0
    for py in range(SIZE):
        for px in range(SIZE):
            x = (px + 0.5) / SIZE * 2.0 - 1.0
            y = 1.0 - (py + 0.5) / SIZE * 2.0
            direction = Vec(x, y - 0.1, 1.6).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            r = clamp_byte(c.x)
            g = clamp_byte(c.y)
            b = clamp_byte(c.z)
            total += r + g + b
            digest = (digest * 257 + r * 65536 + g * 256 + b) % 4294967291
    print("raytrace size=%d total=%d digest=%d" % (SIZE, total, digest))


main()
