import statistics as st
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9]
print(st.mean(ints), st.mean([1, 2, 3]), st.mean(data), st.mean([Fraction(1, 3), Fraction(2, 3), 1]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.median(ints), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(data))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("abracadabra"), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(ints), st.variance(data), st.pvariance(ints), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.stdev(ints), st.stdev(data), st.pstdev(ints), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance([1, 2, 3, 4], xbar=2.5), st.pstdev([5, 5, 5]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 12), n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1.5, 2.5], n=2))
scores = [88, 92, 79, 93, 85, 91, 77, 95, 89, 84]
m, s = st.mean(scores), st.stdev(scores)
print(m, s, [round((x - m) / s, 3) for x in scores])
print(st.variance([1e300, 1e300 * 2, 3e300]) if False else "", st.mean([float("inf"), 1]), st.mean([float("nan"), 1.0]))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1]), lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.pvariance([])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e, isinstance(e, ValueError))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
