# BINARY_SUBSCR_{LIST_INT,TUPLE_INT,DICT}, STORE_SUBSCR_{LIST_INT,DICT}, UNPACK_SEQUENCE forms.
import dis
def subs(lst, tup, d, key):
    lst[0] = lst[1] + tup[1]
    d[key] = d[key] + 1
    a, b = tup
    c, e, f = lst
    return lst[0], d[key], a + b + c + e + f
for i in range(6):
    print(subs([i, 2, 3], (4, i), {"k": i}, "k"))
dis.dis(subs, adaptive=True)
