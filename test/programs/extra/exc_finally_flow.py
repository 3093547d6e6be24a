# nested try/finally with return/break/continue, finally overriding, exception in finally
def f1():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f1())

def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f3())

def f4():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "never"
try:
    print(f4())
except KeyError as e:
    print("KeyError escaped", e)

def f5():
    try:
        try:
            1 / 0
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return f"{e} ctx={type(e.__context__).__name__}"
print(f5())

def f6():
    x = []
    while True:
        try:
            x.append(len(x))
            if len(x) > 3:
                return x
        finally:
            x.append("f")
print(f6())

def f7():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            print("handled in finally")
print(f7())

def f8(n):
    result = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                result.append(("ok", i))
            except ValueError as e:
                result.append(("err", e.args[0]))
                continue
            else:
                result.append(("else", i))
            finally:
                result.append(("fin", i))
        finally:
            result.append("outer")
    return result
print(f8(3))

def f9():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f9())

def f10():
    for i in range(3):
        try:
            pass
        finally:
            break
    else:
        return "else"
    return i
print(f10())
