import cmath
import math

inf, nan = math.inf, math.nan


def show(name, *args):
    try:
        print(name, getattr(cmath, name)(*args))
    except (ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)


show("sqrt", complex(-inf, 2))  # expect: sqrt infj
show("sqrt", complex(inf, nan))  # expect: sqrt (inf+nanj)
show("exp", complex(inf, 0))  # expect: exp (inf+0j)
show("exp", complex(-inf, 3))  # expect: exp (-0+0j)
show("exp", complex(inf, 3))  # expect: exp (-inf+infj)
show("exp", complex(1, inf))  # expect: exp ValueError math domain error
show("exp", complex(-inf, inf))  # expect: exp 0j
show("exp", complex(800, 0))  # expect: exp OverflowError math range error
show("log", complex(-inf, -0.0))  # expect: log (inf-3.141592653589793j)
show("log", complex(nan, inf))  # expect: log (inf+nanj)
show("log", 0j)  # expect: log ValueError math domain error
show("log", 0, 10)  # expect: log (-inf+nanj)
show("log", 2, 1)  # expect: log ValueError math domain error
show("cosh", complex(inf, 2))  # expect: cosh (-inf+infj)
show("cosh", complex(2, inf))  # expect: cosh ValueError math domain error
show("cosh", complex(nan, inf))  # expect: cosh (nan+nanj)
show("sinh", complex(-inf, 0.0))  # expect: sinh (-inf+0j)
show("tanh", complex(inf, 2))  # expect: tanh (1-0j)
show("tanh", complex(-inf, nan))  # expect: tanh (-1+0j)
show("tanh", complex(1, inf))  # expect: tanh ValueError math domain error
show("tan", complex(0, inf))  # expect: tan 1j
show("acos", complex(inf, -inf))  # expect: acos (0.7853981633974483+infj)
show("acos", complex(nan, 2))  # expect: acos (nan+nanj)
show("acosh", complex(-inf, 0.0))  # expect: acosh (inf+3.141592653589793j)
show("asinh", complex(nan, 0.0))  # expect: asinh (nan+0j)
show("asin", complex(inf, nan))  # expect: asin (nan-infj)
show("atanh", complex(1, 0))  # expect: atanh ValueError math domain error
show("atanh", complex(inf, 2))  # expect: atanh 1.5707963267948966j
show("atanh", complex(1e300, 1))  # expect: atanh (1e-300+1.5707963267948966j)
show("atan", complex(nan, inf))  # expect: atan (nan+0j)
show("cos", complex(inf, 0))  # expect: cos ValueError math domain error
show("sin", complex(nan, 0))  # expect: sin (nan-0j)
show("rect", inf, 2)  # expect: rect (-inf+infj)
show("rect", -inf, 0.0)  # expect: rect (-inf-0j)
show("rect", 1, inf)  # expect: rect ValueError math domain error
show("rect", nan, 0.0)  # expect: rect (nan+0j)
show("rect", 0.0, inf)  # expect: rect 0j
show("asinh", complex(1e308, 1e308))  # expect: asinh (710.235929413006+0.7853981633974483j)
show("acosh", complex(1e308, -1e308))  # expect: acosh (710.235929413006-0.7853981633974483j)
show("polar", complex(inf, nan))  # expect: polar (inf, nan)
