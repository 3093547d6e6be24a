#!/usr/bin/env python3
"""Writes test/text/fixtures.json: CPython 3.11's answers for the text helpers of
src/objects/text/ (float repr, format specs, % formatting, str.format, str methods, number
parsing, round).

Run with CPython 3.11:  python3 scripts/gen-text-fixtures.py

Encoding: a float is the hex of its 8 big-endian bytes (exact, NaN included); an int is
Python's hex() of it; an outcome is {"ok": value} or {"err": [exception type name, message]}.
Values handed to % and str.format are tagged: {"t": "int"|"float"|"str"|"bool"|"none"|"list"|
"tuple"|"dict", "v": ...}.
"""
import json
import math
import os
import random
import string
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'run with CPython 3.11'

rng = random.Random(20240611)


def fbits(x):
    return struct.pack('>d', x).hex()


def ienc(v):
    """An int as hex ('-0x1f'): exact, and free of the int/str digit limit."""
    return hex(v)


def outcome(fn, enc=lambda v: v):
    try:
        return {'ok': enc(fn())}
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError) as e:
        msg = str(e) if not isinstance(e, KeyError) else repr(e.args[0])
        return {'err': [type(e).__name__, msg]}


def tag(v):
    if isinstance(v, bool):
        return {'t': 'bool', 'v': v}
    if isinstance(v, int):
        return {'t': 'int', 'v': ienc(v)}
    if isinstance(v, float):
        return {'t': 'float', 'v': fbits(v)}
    if isinstance(v, str):
        return {'t': 'str', 'v': v}
    if v is None:
        return {'t': 'none'}
    if isinstance(v, list):
        return {'t': 'list', 'v': [tag(x) for x in v]}
    if isinstance(v, tuple):
        return {'t': 'tuple', 'v': [tag(x) for x in v]}
    if isinstance(v, dict):
        return {'t': 'dict', 'v': [[tag(k), tag(x)] for k, x in v.items()]}
    raise TypeError(v)


# ------------------------------------------------------------------------------------------
# Floats

def random_double_bits():
    while True:
        x = struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
        if math.isfinite(x):
            return x


def some_floats():
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 3.5, -2.5,
           0.125, 0.375, 2.675, 1.005, 1.0005, 0.25, 0.35, 0.45, 1e16, 1e15, 9999999999999998.0,
           1e17, 1e22, 1e21, 1e23, 1e-4, 1e-5, 0.0001, 0.00011, 9.999e-5, 1e-7, 123456789012345.0,
           1234567890123456.8, 12345678901234567.0, 1.5e300, -1.5e-300, 5e-324, -5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           -1.7976931348623157e308, math.pi, math.e, -math.pi, 100.0, 1e100, 123.456, -0.001,
           0.0049, 0.005, 0.015, 0.025, 0.05, 0.95, 0.995, 9.5, 99.5, 999.5, 0.5e-6, 1e300 * 1e10,
           -1e300 * 1e10, float('nan'), 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -20,
           4.35, 4.45, 1234.5, 12345.5, 8.5, 0.0625, 1.25, 1.375, 5e-5, 15.0, 1e5, 1e6, 12e6,
           2e16 + 8, 1.1, 2.2, 3.3, 7.0, 0.7, 1234567.0, 0.000123456, 3e-310]
    for _ in range(500):
        out.append(random_double_bits())
    for _ in range(400):
        # every magnitude, short and long mantissas
        e = rng.randint(-330, 310)
        m = rng.random()
        digits = rng.choice([1, 2, 3, 5, 8, 12, 17])
        try:
            out.append(float('%.*e' % (digits, m * 10.0)) * 10.0 ** e)
        except OverflowError:
            pass
    for _ in range(300):
        # exact ties at assorted positions: k/2^n scaled
        n = rng.randint(1, 30)
        k = rng.randint(0, 2 ** 20) * 2 + 1
        out.append(k / 2 ** n * rng.choice([1, 1, -1]))
    for _ in range(100):
        out.append(float(rng.randint(-10 ** 20, 10 ** 20)) * 2 ** rng.randint(0, 60))
    for _ in range(40):
        # subnormals
        out.append(struct.unpack('>d', rng.getrandbits(52).to_bytes(8, 'big'))[0] * rng.choice([1, -1]))
    for _ in range(100):
        out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    return [x for x in out if not (isinstance(x, float) and False)]


FLOATS = some_floats()


def float_reprs():
    return [[fbits(x), repr(x), str(x)] for x in FLOATS]


# ------------------------------------------------------------------------------------------
# Format specs

def random_spec(types):
    spec = ''
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            spec += rng.choice('*x0 .é')
        spec += rng.choice('<>=^')
    if rng.random() < 0.4:
        spec += rng.choice('+- ')
    if rng.random() < 0.15:
        spec += 'z'
    if rng.random() < 0.3:
        spec += '#'
    if rng.random() < 0.3:
        spec += '0'
    if rng.random() < 0.6:
        spec += str(rng.choice([0, 1, 3, 5, 8, 10, 12, 15, 20, 25, 40]))
    if rng.random() < 0.3:
        spec += rng.choice([',', '_'])
    if rng.random() < 0.6:
        spec += '.' + str(rng.choice([0, 1, 2, 3, 4, 6, 10, 12, 15, 16, 17, 18, 20, 25, 30, 60, 110, 150]))
    spec += rng.choice(types)
    return spec


FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%']
STR_TYPES = ['', 's']

FIXED_FLOAT_SPECS = [
    '', '.0', '.1', '.2', '.3', '.10', '.16', '.17', '.20', 'e', '.0e', '.1e', '.3e', '.16e', '.20e',
    '.120e', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '.30f', '.50f', '.101f', '.150f', 'g',
    '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '.20g', '#g', '#.3g', '#.0f', '#.0e', '#', '#.3',
    'G', 'E', 'F', '%', '.1%', '.0%', 'n', '.3n', ',', ',.2f', '_.3f', '015,.2f', '020_', '+', ' ',
    '+.3e', '010', '010.3f', '-010.3', '<15', '>15', '^15', '=15', '*^15.3f', '0<12.2f', 'z.1f',
    'z', 'z.3g', 'z.0f', '+z.2f', '0=+15,.4f', ',g', ',e', ',%', '.3z', 'd', 's', 'x', 'c', ',n',
    '_n', ',_', '_,', '.', '.f', '10.', 'ff', '<>', '0x', 'é^10.2f', '\U0001F600^11.2e',
]

FIXED_INT_SPECS = [
    '', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', ',', '_', ',d', '_d', '_b', '_x',
    '#_x', '#010_x', '010,', '09,', '08,', '07,', '05,', '1,', '+', ' ', '-', '+d', '08', '+08',
    '=8', '<8', '>8', '^8', '*^9', '0^9', '0>9', '0<9', '#08x', '+#08x', '#0x', 'e', '.2e', 'f',
    '.2f', 'g', '%', '.1%', ',.2f', '.3', 'z', 'z.3', '.3z', '+c', '#c', 'c', '5c', '<5c', '05c',
    's', ',x', ',b', ',c', '_c', ',n', '_n', '#n', 'xx', '.', '10,_', '\x01', 'é', ',,', 'j',
    '020_b', '021_b', '018,', 'E', 'G', 'F', '+.3e', 'é<6', '\U0001F600>6',
]

FIXED_STR_SPECS = [
    '', 's', '<10', '>10', '^10', '^11', '*^11', '.2', '.0', '10.3', '<10.3s', '>3', '+', '-', ' ',
    '#', 'z', '=10', '010', '0', ',', '_', ',s', 'd', 'x', 'r', '.', '.s', 'é^9', '\U0001F600^9',
    '05', '05s', 'z.3', '+#',
]


def format_cases():
    floats = [x for x in FLOATS]
    cases_f = []
    for x in floats[:80] + floats[-40:]:
        for spec in FIXED_FLOAT_SPECS:
            cases_f.append([fbits(x), spec, outcome(lambda: format(x, spec))])
    for x in floats:
        for _ in range(4):
            spec = random_spec(FLOAT_TYPES)
            cases_f.append([fbits(x), spec, outcome(lambda: format(x, spec))])
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65, 0x10FFFF, 0x110000, 123456789,
            -987654321, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 10 ** 20, 2 ** 100, -(3 ** 80), 10 ** 30 + 5,
            2 ** 1024, 10 ** 309, 999, 1000000]
    for _ in range(60):
        ints.append(rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)))
    cases_i = []
    for v in ints:
        for spec in FIXED_INT_SPECS:
            cases_i.append([ienc(v), spec, outcome(lambda: format(v, spec))])
        for _ in range(15):
            spec = random_spec(INT_TYPES)
            cases_i.append([ienc(v), spec, outcome(lambda: format(v, spec))])
    cases_i.append([ienc(10 ** 5000), 'd', outcome(lambda: format(10 ** 5000, 'd'))])
    cases_i.append([ienc(10 ** 5000), 'x', outcome(lambda: format(10 ** 5000, 'x'))])
    strs = ['', 'a', 'abc', 'hello world', 'é', 'naïve', '\U0001F600x', 'tab\there', '0123456789abcdef']
    cases_s = []
    for s in strs:
        for spec in FIXED_STR_SPECS:
            cases_s.append([s, spec, outcome(lambda: format(s, spec))])
        for _ in range(20):
            spec = random_spec(STR_TYPES)
            cases_s.append([s, spec, outcome(lambda: format(s, spec))])
    return cases_f, cases_i, cases_s


def tie_cases():
    """Values whose exact decimal expansion ends right after the rounding position (the exact
    ties that round half to even), and their neighbours, in the fixed and exponent formats."""
    cases = []
    values = []
    for _ in range(200):
        n = rng.randint(1, 60)
        k = rng.randint(1, 2 ** rng.randint(1, 53)) | 1
        values.append(k / 2 ** n)
    for _ in range(60):
        # integers ending in 5 followed by zeros, for the exponent format
        d = rng.randint(1, 17)
        values.append(float((rng.randint(1, 10 ** d) * 10 + 5) * 10 ** rng.randint(0, 5)))
    for _ in range(60):
        values.append(float(rng.randint(1, 2 ** 53)) * 2.0 ** rng.randint(1, 900))
    for x in values:
        x = x * rng.choice([1, -1])
        frac = 0
        y = abs(x)
        while y != int(y):
            y *= 2
            frac += 1
        exact = '%.1100f' % abs(x)
        digits = exact.replace('.', '').lstrip('0').rstrip('0')
        specs = set()
        for p in (frac - 1, frac - 2, frac, frac + 1):
            if p >= 0:
                specs.add('.%df' % p)
        for p in (len(digits) - 2, len(digits) - 3, len(digits) - 1):
            if p >= 0:
                specs.add('.%de' % p)
                specs.add('.%dg' % (p + 1))
        for spec in sorted(specs):
            cases.append([fbits(x), spec, outcome(lambda: format(x, spec))])
            cases.append([fbits(x), '%' + spec, outcome(lambda: ('%' + spec) % x)])
    return cases


# ------------------------------------------------------------------------------------------
# % formatting

def percent_cases():
    cases = []

    def add(fmt, args):
        cases.append([fmt, tag(args), outcome(lambda: fmt % args)])

    for x in FLOATS[:120]:
        for fmt in ['%f', '%.0f', '%.2f', '%.3e', '%e', '%g', '%.12g', '%G', '%E', '%F', '%r', '%s',
                    '%10.3f', '%-10.3f|', '%+.2f', '% .2e', '%010.2f', '%#.0f', '%#g', '%#.0e', '%.20f',
                    '%.120f', '%.105e', '%5.1g', '%-+012.3e|', '%d', '%i', '%x', '%c']:
            add(fmt, (x,))
    ints = [0, 1, -1, 42, -42, 255, -255, 65, 10 ** 20, -(2 ** 70), True, False, 0x10FFFF, 0x110000]
    for v in ints:
        for fmt in ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%5d', '%-5d|', '%05d',
                    '%+d', '% d', '%.3d', '%.5x', '%#.5x', '%+#8x', '%#08x', '%-#8o|', '%08.3d', '%c',
                    '%5c', '%-3c|', '%s', '%r', '%a', '%f', '%e', '%g', '%ld', '%hd', '%Lx', '%+ d',
                    '% +d', '%-05d|', '%0-5d|', '%*d', '%-*d|', '%.*d', '%*.*d']:
            if '*' in fmt:
                add(fmt, (6, v) if fmt.count('*') == 1 else (6, 3, v))
                add(fmt, (-6, v) if fmt.count('*') == 1 else (-6, -3, v))
            else:
                add(fmt, (v,))
                add(fmt, v)
    strs = ['', 'a', 'abc', "it's", 'say "hi"', 'both \' and "', 'é', '\U0001F600', 'tab\t\n', '\x00\x7f']
    for s in strs:
        for fmt in ['%s', '%r', '%a', '%5s', '%-5s|', '%.2s', '%5.1s', '%05s', '%+s', '% s', '%#s',
                    '%c', '%5c', '%d', '%x', '%f', '%(k)s']:
            add(fmt, (s,))
            add(fmt, s)
    add('%s', (None,))
    add('%s|%r', (True, False))
    add('%s %s', (1, 2))
    add('%s %s', (1,))
    add('%s', (1, 2))
    add('%s', ())
    add('abc', ())
    add('abc', 5)
    add('abc', [])
    add('abc', {'a': 1})
    add('%s', [1, 2])
    add('%s', {'a': 1})
    add('%s', ([1, 'a'],))
    add('%r', ({'a': (1, 2.5, None)},))
    add('%(a)s %(b)r', {'a': 1, 'b': 'x'})
    add('%(a)s %s', {'a': 1})
    add('%s %(a)s', {'a': 1})
    add('%(a)s', {'b': 1})
    add('%(a)s', (1,))
    add('%(a)s', 'x')
    add('%(a)s', [1])
    add('%(a(b))s', {'a(b)': 5})
    add('%(a', {'a': 1})
    add('%(a)', {'a': 1})
    add('%(a)*d', {'a': 3})
    add('%(a)5.2f|%(a)-8.3e|', {'a': 3.14159})
    add('%%', ())
    add('%%', 5)
    add('%5%', ())
    add('%5%', (1,))
    add('%', ())
    add('%5', (1,))
    add('%.', (1,))
    add('%l', (1,))
    add('%-', (1,))
    add('%.*', (1,))
    add('%*', (1,))
    add('%q', ())
    add('%q', (1,))
    add('%q %s', (1,))
    add('x%\x01', (1,))
    add('%é', (1,))
    add('\U0001F600%\U0001F601', (1,))
    add('ab%\U0001F601', (1,))
    add('%*d', (5.0, 1))
    add('%*d', ('5', 1))
    add('%.*f', (-2, 1.5))
    add('%*s|', (True, 'x'))
    add('%c', ('ab',))
    add('%c', (1.5,))
    add('%c', (-1,))
    add('%c', (None,))
    add('%d', ('a',))
    add('%d', (None,))
    add('%d', ([],))
    add('%x', (1.5,))
    add('%o', ('a',))
    add('%X', (None,))
    add('%f', ('a',))
    add('%e', (None,))
    add('%f', (10 ** 400,))
    add('%d', (float('inf'),))
    add('%d', (float('nan'),))
    add('%d', (-0.0,))
    add('%d', (3.99,))
    add('%d', (-3.99,))
    add('%d', (1e20,))
    add('%x', (True,))
    add('%s and %r', ('a\nb', 'a\nb'))
    add('%5s|%-5r|', ('\U0001F600', '\U0001F600'))
    add('%.1s', ('\U0001F600x',))
    add('%03d%%', (5,))
    add('%s', (1.0,))
    add('%r', (1e16,))
    add('%s', (-0.0,))
    add('%.3s', (1.23456,))
    add('%s', (2 ** 100,))
    add('%i', (2 ** 100,))
    add('%10.4s|', ('abcdefg',))
    add('%-10.4s|', ('abcdefg',))
    add('% 05d', (-3,))
    add('%+05d', (-3,))
    add('%+.3x', (-3,))
    add('%#5x|%#-5x|%#05x', (3, 3, 3))
    add('%#.3o', (8,))
    add('%#o', (0,))
    add('%#x', (0,))
    add('%.0d', (0,))
    add('%5.0f|', (0.5,))
    add('%#5.0f|', (0.5,))
    add('%#5.0e|', (0.5,))
    add('%-#08.1e|', (-0.5,))
    add('%08.3f', (float('inf'),))
    add('%-8f|', (float('-inf'),))
    add('%+f', (float('nan'),))
    add('%08.3F', (float('nan'),))
    add('%08.3E', (float('-inf'),))
    add('%.3g|%.3G', (1e-10, 1e-10))
    add('%.0e', (2.5,))
    add('%.0e', (25.0,))
    add('%.1e', (0.25,))
    add('%.3g', (2.675,))
    return cases


# ------------------------------------------------------------------------------------------
# str.format

class Obj:
    pass


def format_string_cases():
    cases = []

    def add(fmt, args=(), kwargs=None):
        kwargs = kwargs or {}
        cases.append([fmt, tag(tuple(args)), tag(kwargs), outcome(lambda: fmt.format(*args, **kwargs))])

    add('')
    add('plain')
    add('{{}}')
    add('{{{}}}', [1])
    add('}}{{')
    add('{}', [1])
    add('{} {}', [1, 'a'])
    add('{0} {1} {0}', [1, 'a'])
    add('{1}{0}', [1, 'a'])
    add('{x} {y}', [], {'x': 1, 'y': 2.5})
    add('{x}', [], {})
    add('{0}', [])
    add('{2}', [1, 2])
    add('{}{}', [1])
    add('{}{0}', [1])
    add('{0}{}', [1])
    add('{x}{}{}', [1, 2], {'x': 0})
    add('{:{}}', [3.14159, 10])
    add('{:{}.{}f}', [3.14159, 10, 2])
    add('{0:{1}.{2}f}', [3.14159, 10, 2])
    add('{0:{1}.{}f}', [3.14159, 10, 2])
    add('{:{:{}}}', [1, 2, 3])
    add('{:>{w}}', ['ab'], {'w': 6})
    add('{0!r}', ['a'])
    add('{0!s}', ['a'])
    add('{0!a}', ['é'])
    add('{0!r:>10}', ['a'])
    add('{!r}', ['a'])
    add('{!x}', ['a'])
    add('{!}', ['a'])
    add('{!}x', ['a'])
    add('{!r', ['a'])
    add('{!rx}', ['a'])
    add('{0!\x01}', ['a'])
    add('{0!é}', ['a'])
    add('{0[0]}', [[5, 6]])
    add('{0[1]}', [(5, 6)])
    add('{0[k]}', [{'k': 'v'}])
    add('{0[k][1]}', [{'k': [1, 2]}])
    add('{0[2]}', [[5, 6]])
    add('{0[x]}', [[5, 6]])
    add('{0[-1]}', [{'-1': 'neg'}])
    add('{0[]}', [[1]])
    add('{0.}', [1])
    add('{0]}', [1])
    add('{0[0]x}', [[1]])
    add('{0[0', [[1]])
    add('{0[}]}', [{'}': 2}])
    add('{a[}', [])
    add('{', [])
    add('}', [])
    add('a{', [])
    add('a}b', [])
    add('{}}', [1])
    add('{{}', [1])
    add('{0:{', [1])
    add('{0:{}', [1, 2])
    add('{a{}', [])
    add('{0:}', [1])
    add('{0:>5}|{1:<5}|{2:^5}', [1, 'ab', 2.5])
    add('{0:,}', [1234567])
    add('{0:_x}', [255 ** 3])
    add('{:%}', [0.25])
    add('{:e}', [12345])
    add('{:.3}', ['abcdef'])
    add('{:.3}', [1.23456])
    add('{:d}', ['x'])
    add('{:d}', [1.5])
    add('{:s}', [1])
    add('{:x}', [True])
    add('{:}', [True])
    add('{:>5}', [True])
    add('{:>5}', [None])
    add('{0} {1} {2}', [None, True, [1, 'a']])
    add('{}{}{}', [1, 2])
    add('{00}', [7])
    add('{0_0}', [7], {'0_0': 8})
    add('{99999999999999999999}', [1])
    add('{0[99999999999999999999]}', [[1]])
    add('{é}', [], {'é': 1})
    add('{\u0661}', [5, 6])
    add('{0[\u0661]}', [[5, 6]])
    add('{0:\u0661\u0660}', [5])
    add('{:{}}{}', [1, 5, 2])
    add('{:{}}{0}', [1, 5])
    add('{0:{}}', [1, 5])
    add('{0:{x}}', [1], {'x': '>4'})
    add('{0:{1:{2}}}', [1, 2, 3])
    add('x{0:{1}}y{2}z', ['a', '^5', 'b'])
    add('{0:{{}}}', [1])
    add('{0:{1}}', [1, '{'])
    add('\U0001F600{}\U0001F600', [1])
    add('{:\U0001F600^5}', [1])
    add('{0[a:b]}', [{'a:b': 1}])
    add('{0[a!r]!r:>6}', [{'a!r': 'v'}])
    add('{0[{]}', [{'{': 1}])
    add('{0[a]b}', [{'a': 1}])
    add('{0[a].}', [{'a': 1}])
    add('{[0]}{[1]}', [[1, 2], [3, 4]])
    add('{0:{1}{2}}', [3.5, '>', '8'])
    add('{0:{1}!r}', [3.5, '>8'])
    add('{0!r:{1}}', [3.5, '>8'])
    add('{0:}}', [1])
    add('{0:{}}}', [1])
    return cases


# ------------------------------------------------------------------------------------------
# str methods

TRICKY = ['', ' ', 'a', 'abc', '  a b  c  ', 'a,b,,c,', ',', 'a\tb\nc\r\nd\re\x0bf\x0cg\x1ch\x1di\x1ej\x85k\u2028l\u2029m',
          'line\n', '\n\n', 'hello world', 'Hello World', 'HELLO', 'hello', "they're bill's friends",
          'ǆemal', 'ßtraße', 'ﬁre ﬂy', 'ΣΑΣ ΟΔΟΣ', 'σας', 'İstanbul', 'ǅ', 'Ǆ', 'ǆ', 'aBc DeF', '1a2b',
          '\U0001F600abc\U0001F600', 'x\U0001F600y\U0001F600z', 'a\u00a0b\u3000c', '\u2000\u2001x',
          '123', '١٢٣', '²³', '½', '一二三', 'Ⅷ', '\t\tx\ty', 'ab\tcd\r\tef\n\tg', '+12', '-12', '12-',
          '_id', 'x1', '1x', 'éa', 'a-b', '\x00', 'a\x7fb', '\u0378', 'ŉ', 'ΐ', 'ﬃ', 'Ω', 'ǰ', 'ǈa', 'aǈ',
          'Aǈ', 'mIxEd CaSe', 'a.b', "'", '"', '\'"', 'back\\slash', '\u200b', '\U000E0041', '\udc80']


SEARCHED = ['', 'a', 'abc', '  a b  c  ', 'a,b,,c,', 'hello world', 'abcabcab', 'aaaa', 'ba',
            '\U0001F600abc\U0001F600', 'x\U0001F600y\U0001F600z', 'a\U0001F600b\U0001F600ab']


def method_cases():
    cases = []

    def add(name, s, *args):
        cases.append([name, s, [tag(a) for a in args], outcome(lambda: getattr(s, name)(*args), tag_result)])

    for s in TRICKY:
        for name in ['split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'title', 'capitalize',
                     'swapcase', 'casefold', 'upper', 'lower', 'isdigit', 'isdecimal', 'isnumeric',
                     'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier',
                     'isprintable', 'isascii', 'expandtabs', 'zfill']:
            if name == 'zfill':
                for w in [0, 3, 6, 10]:
                    add(name, s, w)
            elif name == 'expandtabs':
                add(name, s)
                add(name, s, 4)
                add(name, s, 0)
                add(name, s, -1)
                add(name, s, 1)
            else:
                add(name, s)
        for sep in [None, ' ', ',', 'ab', '\U0001F600', '']:
            for maxsplit in [-1, 0, 2]:
                add('split', s, sep, maxsplit)
                add('rsplit', s, sep, maxsplit)
        add('splitlines', s, True)
        for chars in [None, 'a', ' a', 'abc', '\U0001F600', '\U0001F600a', '']:
            add('strip', s, chars)
            add('lstrip', s, chars)
            add('rstrip', s, chars)
        for sep in [' ', 'b', 'ab', '\U0001F600', '']:
            add('partition', s, sep)
            add('rpartition', s, sep)
        for w in [0, 1, 5, 6, 9, 12]:
            add('center', s, w)
            add('ljust', s, w)
            add('rjust', s, w)
        add('center', s, 9, '*')
        add('center', s, 8, '\U0001F600')
        add('ljust', s, 7, 'ab')
        add('rjust', s, 7, '')
    for s in SEARCHED:
        for sub in ['', 'a', 'b', 'ab', ' ', '\U0001F600', 'z', 'abc']:
            for (st, en) in [(None, None), (1, None), (-2, None), (1, -1), (5, None), (3, 3),
                             (-100, 100), (2, 1)]:
                add('find', s, sub, st, en)
                add('rfind', s, sub, st, en)
                add('count', s, sub, st, en)
                add('index', s, sub, st, en)
                add('startswith', s, sub, st, en)
                add('endswith', s, sub, st, en)
    for s in TRICKY:
        add('startswith', s, ('x', 'a', ''))
        add('endswith', s, ('c', 'z'))
        add('startswith', s, ())
        for old, new in [('', '-'), ('a', 'A'), ('ab', ''), (' ', '  '), ('\U0001F600', '!'), ('z', 'y'), ('a', 'a')]:
            for count in [-1, 0, 1]:
                add('replace', s, old, new, count)
    add('replace', '', '', 'x', 1)
    add('replace', '', '', 'x', 0)
    add('replace', '', '', 'x')
    add('replace', 'abc', 'abcd', 'x')
    add('count', 'aaaa', 'aa')
    add('find', 'abc', '', 3)
    add('find', 'abc', '', 4)
    add('count', 'abc', '', 3)
    add('count', 'abc', '', 4)
    add('rfind', 'abcabc', 'abc', 0, 5)
    add('rfind', 'abcabc', 'abc', 1)
    add('endswith', 'abc', '', 4)
    add('endswith', 'abc', '', 3)
    add('startswith', 'abc', 'bc', 1, 3)
    add('endswith', 'abc', 'ab', 0, 2)
    add('endswith', 'abc', 'ab', 0, -1)
    return cases


def tag_result(v):
    if isinstance(v, (list, tuple)):
        return [tag_result(x) for x in v]
    return v


def repr_cases():
    out = []
    for s in TRICKY + ['\x01\x1f\x7f\x80\x9f\xa0\xad', '\u2028', '\ud800', '\U0001F600', '\U000E0001',
                       "'" * 3 + '"', 'a\\\'b', '\ufeff', '\u00e9\u0301', '\U0010FFFF']:
        out.append([s, repr(s), ascii(s)])
    return out


# ------------------------------------------------------------------------------------------
# Numbers

def int_parse_cases():
    texts = ['0', '1', '-1', '+1', ' 12 ', '\t-12\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F',
             '0o17', '0b101', '0b', '0x', '0x_1f', '0x__1f', '012', '00', '0_0', '000_000', '0_1',
             'abc', 'z', 'Z', '1.5', '', ' ', '+', '-', '- 1', '+-1', '١٢٣', '\u00a012\u2003',
             '12\x00', '\x1c1', '1e5', 'ZZ', '10' * 30, '1' * 300 + 'x', '9' * 4300, '9' * 4301,
             '-' + '9' * 4301, '9' * 4301 + 'x', 'f' * 5000, '0x' + 'f' * 40, '-0b1', 'é', '1\U0001F600']
    bases = [10, 0, 2, 8, 16, 36, 7, 1, 37, -1]
    out = []
    for t in texts:
        for b in (bases if len(t) < 100 else [10, 0, 16]):
            out.append([t, b, outcome(lambda: int(t, b), ienc)])
    return out


def float_parse_cases():
    texts = ['0', '1', '-1', '1.5', '.5', '5.', '.', '-.5e-3', '1e5', '1E+05', '1e', '1e+', 'e5', '1.5e-400',
             '1e400', '-1e400', 'inf', '-inf', '+inf', 'Infinity', '-iNfInItY', 'nan', '-nan', '+NaN',
             'infinit', 'nanx', ' 1.5 ', '\t2\n', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0',
             '1_e5', 'in_f', '0x10', '1,5', '', ' ', '١.٥', '\u00a01.5', '1.5\x00', '- 1', '++1',
             '0.1', '0.30000000000000004', '2.2250738585072014e-308', '4.9e-324', '2e-324',
             '1.7976931348623157e308', '1.7976931348623159e308', '123456789012345678901234567890',
             '0.000000000000000000000000000001', '00012', '1' * 400, '9007199254740993', 'é', '1.5\U0001F600']
    for x in FLOATS[:100]:
        texts.append(repr(x))
        texts.append('%.25e' % x if math.isfinite(x) else repr(x))
    return [[t, outcome(lambda: float(t), fbits)] for t in texts]


def round_cases():
    out = []
    nds = [None, 0, 1, 2, 3, 5, 10, 15, 17, 20, 30, 100, 200, 323, 324, 400, -1, -2, -5, -10, -100, -300,
           -308, -309, -400]
    for x in FLOATS:
        for nd in rng.sample(nds, 5) + [None, 2]:
            if nd is None:
                out.append([fbits(x), None, outcome(lambda: round(x), ienc)])
            else:
                out.append([fbits(x), nd, outcome(lambda: round(x, nd), fbits)])
    return out


def round_int_cases():
    out = []
    ints = [0, 1, 5, 15, 25, 35, -25, -35, 149, 150, 151, 250, 12345, -12345, 10 ** 20 + 5 * 10 ** 9,
            2 ** 100, -(2 ** 100), 95, 949, 950, 1050]
    for v in ints:
        for nd in [None, 0, 2, -1, -2, -3, -10, -30, -100]:
            out.append([ienc(v), nd, outcome(lambda: round(v) if nd is None else round(v, nd), ienc)])
    return out


def int_text_cases():
    ints = [0, 1, -1, 31, -31, 255, 2 ** 53, 2 ** 53 + 1, -(2 ** 64), 10 ** 40, 2 ** 200 - 1]
    out = []
    for v in ints + [10 ** 4299, 10 ** 4300, -(10 ** 4300)]:
        out.append([ienc(v), outcome(lambda: str(v)), hex(v), oct(v), bin(v)])
    return out


def main():
    cases_f, cases_i, cases_s = format_cases()
    data = {
        'floatRepr': float_reprs(),
        'formatFloat': cases_f,
        'formatTies': tie_cases(),
        'formatInt': cases_i,
        'formatStr': cases_s,
        'percent': percent_cases(),
        'strFormat': format_string_cases(),
        'methods': method_cases(),
        'repr': repr_cases(),
        'parseInt': int_parse_cases(),
        'parseFloat': float_parse_cases(),
        'roundFloat': round_cases(),
        'roundInt': round_int_cases(),
        'intText': int_text_cases(),
    }
    path = os.path.join(os.path.dirname(__file__), '..', 'test', 'text', 'fixtures.json')
    with open(path, 'w') as f:
        json.dump(data, f, ensure_ascii=True, separators=(',', ':'))
    print('wrote', os.path.normpath(path), {k: len(v) for k, v in data.items()})


if __name__ == '__main__':
    main()
