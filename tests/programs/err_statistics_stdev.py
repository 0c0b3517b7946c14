import statistics
readings = [12.5]
print(statistics.mean(readings))
print(statistics.stdev(readings))
