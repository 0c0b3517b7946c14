import sys
print(sys.version_info, sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2])
