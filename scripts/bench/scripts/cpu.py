# A CPU-bound script for the several-scripts benchmark (gilvm run --shared / --isolated).
x = 0
for i in range(1500000):
    x = (x * 31 + i) % 1000003
print(x)
