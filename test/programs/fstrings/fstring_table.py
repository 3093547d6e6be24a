# Checks: practical f-string report formatting: aligned columns, totals, percentages, thousands separators.
sales = [("North", 125000.5, 0.12), ("South", 98000.0, -0.034), ("East", 1500300.75, 0.5), ("West", 0.0, 0.0)]
header = f"{'Region':<8}|{'Sales':>15}|{'Growth':>9}"
print(header)
print("-" * len(header))
total = 0.0
for region, amount, growth in sales:
    total += amount
    print(f"{region:<8}|{amount:>15,.2f}|{growth:>+9.1%}")
print("-" * len(header))
print(f"{'Total':<8}|{total:>15,.2f}|{'':>9}")
print(f"{'avg':<8}|{total / len(sales):>15,.3f}|")
for i in range(1, 6):
    print(f"{i:>2} {i ** 2:>3} {i ** 3:>4} {1 / i:>8.4f} {i:#06b} {i * 1000:>8,}")
pct = [0.0, 0.005, 0.5, 0.999, 1.0]
print(" ".join(f"{p:.0%}" for p in pct))
