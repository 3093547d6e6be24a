# Checks: f-strings with nested quotes of the other kind, dict lookups inside, nested f-strings.
data = {"name": "Bob", "score": 91.456, "tags": ["a", "b"]}
print(f"Name: {data['name']}, score: {data['score']:.1f}")
print(f'Tags: {", ".join(data["tags"])}')
print(f"""{"triple outer with 'single' and double"}""")
print(f'''{'x' + "y"}''')
inner = "in"
print(f"outer {f'inner {inner!r}'} done")
print(f"{f'{1 + 1}' * 3}")
rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
for label, v in rows:
    print(f"{label:<8}{v:>10.2f}{'*' * int(v // 10):<40}|")
print(f"{'%s and %d' % ('pct', 5)}")
print(f"{'{}'.format('fmt')} {'{0}{0}'.format('r')}")
print(f"{[f'{i:02d}' for i in range(3)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda v: v * 2)(21)}")
