# Checks: numeric alignment tables built with format(), rjust and str.format with computed widths.
rows = [(1, 0.5), (12, 12.25), (123, 123.125), (1234, 1234.0625), (-5, -0.001)]
w = max(len(str(a)) for a, _ in rows)
for a, b in rows:
    print("{:>{w}} | {:>12.4f} | {:<10.2e} | {:^9}".format(a, b, b, a % 7, w=w))
for a, b in rows:
    print(str(a).rjust(6, "."), ("%.3f" % b).rjust(10), format(b, "+010.2f"))
print("{:=^30}".format(" centered "))
print("{:<15}{:>15}".format("left col", "right col"))
money = [0.5, 1234.5, 1000000, -42.125]
for x in money:
    print("{:>15,.2f}".format(x), "{:>12}".format(format(x, ",")))
print("{:b} {:o} {:x} {:X}".format(2024, 2024, 2024, 2024))
print("{:>#12b}|{:<#12o}|{:^#12x}|".format(10, 10, 10))
