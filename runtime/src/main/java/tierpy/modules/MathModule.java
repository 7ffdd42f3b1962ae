package tierpy.modules;

import java.math.BigInteger;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Floats;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.vm.PyModule;

/** Mirrors Modules/mathmodule.c: the functions programs use most, with 3.14's error messages. */
@ModuleDef("math")
public final class MathModule {
    private MathModule() {}

    static void init(PyModule m) {
        m.dict.setItem("pi", Math.PI);
        m.dict.setItem("e", Math.E);
        m.dict.setItem("tau", 2 * Math.PI);
        m.dict.setItem("inf", Double.POSITIVE_INFINITY);
        m.dict.setItem("nan", Double.NaN);
    }

    /** A float argument: ints and objects with __float__ or __index__, never str. */
    static double num(Object x) {
        if (x instanceof String) throw Exceptions.typeError("must be real number, not str");
        return Floats.toFloat(x);
    }

    private static PyException domain() {
        return Exceptions.valueError("math domain error");
    }

    @Function
    static Object sqrt(Object x) {
        double v = num(x);
        if (v < 0) throw Exceptions.valueError("expected a nonnegative input, got " + Abstract.repr(v));
        return Math.sqrt(v);
    }

    @Function
    static Object exp(Object x) {
        double r = Math.exp(num(x));
        if (Double.isInfinite(r) && !Double.isInfinite(num(x))) throw Exceptions.overflowError("math range error");
        return r;
    }

    @Function
    static Object log(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("log", kw);
        if (n < 1 || n > 2) throw Exceptions.typeError("log expected 1 or 2 arguments, got " + n);
        double v = logOf(a[off]);
        if (n == 1) return v;
        return v / logOf(a[off + 1]);
    }

    private static double logOf(Object x) {
        if (x instanceof BigInteger b && b.signum() > 0) {
            int shift = Math.max(0, b.bitLength() - 60);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double v = num(x);
        if (v <= 0) throw Exceptions.valueError("expected a positive input" + (x instanceof Double ? ", got " + Abstract.repr(v) : ""));
        return Math.log(v);
    }

    @Function
    static Object log2(Object x) {
        return logOf(x) / Math.log(2);
    }

    @Function
    static Object log10(Object x) {
        double v = num(x);
        if (v <= 0) throw Exceptions.valueError("expected a positive input");
        return Math.log10(v);
    }

    @Function
    static Object sin(Object x) {
        return Math.sin(num(x));
    }

    @Function
    static Object cos(Object x) {
        return Math.cos(num(x));
    }

    @Function
    static Object tan(Object x) {
        return Math.tan(num(x));
    }

    @Function
    static Object atan(Object x) {
        return Math.atan(num(x));
    }

    @Function
    static Object atan2(Object y, Object x) {
        return Math.atan2(num(y), num(x));
    }

    @Function
    static Object hypot(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("hypot", kw);
        double r = 0;
        for (int i = 0; i < n; i++) r = Math.hypot(r, num(a[off + i]));
        return r;
    }

    @Function
    static Object fabs(Object x) {
        return Math.abs(num(x));
    }

    @Function
    static Object floor(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        Object hook = x instanceof Double ? null : Abstract.lookupSpecial(x, "__floor__");
        if (hook != null) return Abstract.callBound(hook, x);
        return Floats.toInt(Math.floor(num(x)));
    }

    @Function
    static Object ceil(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        Object hook = x instanceof Double ? null : Abstract.lookupSpecial(x, "__ceil__");
        if (hook != null) return Abstract.callBound(hook, x);
        return Floats.toInt(Math.ceil(num(x)));
    }

    @Function
    static Object trunc(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        double v = num(x);
        return Floats.toInt(v < 0 ? Math.ceil(v) : Math.floor(v));
    }

    @Function
    static Object isfinite(Object x) {
        return Double.isFinite(num(x));
    }

    @Function
    static Object isinf(Object x) {
        return Double.isInfinite(num(x));
    }

    @Function
    static Object isnan(Object x) {
        return Double.isNaN(num(x));
    }

    @Function
    static Object copysign(Object x, Object y) {
        return Math.copySign(num(x), num(y));
    }

    @Function
    static Object degrees(Object x) {
        return Math.toDegrees(num(x));
    }

    @Function
    static Object radians(Object x) {
        return Math.toRadians(num(x));
    }

    @Function
    static Object factorial(Object x) {
        if (x instanceof Double) throw Exceptions.typeError("'float' object cannot be interpreted as an integer");
        long n = Abstract.asIndex(x);
        if (n < 0) throw Exceptions.valueError("factorial() not defined for negative values");
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return Py.of(r);
    }

    @Function
    static Object gcd(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("gcd", kw);
        BigInteger r = BigInteger.ZERO;
        for (int i = 0; i < n; i++) r = r.gcd(new BigInteger(Abstract.str(Abstract.index(a[off + i]))));
        return Py.of(r);
    }

    @Function
    static Object isqrt(Object x) {
        BigInteger v = new BigInteger(Abstract.str(Abstract.index(x)));
        if (v.signum() < 0) throw Exceptions.valueError("isqrt() argument must be nonnegative");
        return Py.of(v.sqrt());
    }

    @Function
    static Object isclose(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("isclose", a, off, n, kw, 2, new String[] {"a", "b", "rel_tol", "abs_tol"}, 1e-09, 0.0);
        double x = num(v[0]), y = num(v[1]), rel = num(v[2]), abs = num(v[3]);
        if (rel < 0 || abs < 0) throw Exceptions.valueError("tolerances must be non-negative");
        if (x == y) return true;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    @Function
    static Object fsum(Object iterable) {
        // Shewchuk's exact partial sums, as msum in mathmodule.c
        double[] partials = new double[32];
        int count = 0;
        Object it = Abstract.iter(iterable);
        for (Object o; (o = Abstract.next(it)) != null; ) {
            double x = num(o);
            int i = 0;
            for (int j = 0; j < count; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (i >= partials.length) partials = java.util.Arrays.copyOf(partials, partials.length * 2);
            partials[i++] = x;
            count = i;
        }
        double sum = 0.0;
        if (count > 0) {
            int k = count - 1;
            sum = partials[k];
            double lo = 0;
            while (k > 0) {
                double x = sum;
                double y = partials[--k];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }

    @Function
    static Object prod(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("prod", a, off, n, kw, 1, new String[] {"iterable", "start"}, 1L);
        Object r = v[1];
        Object it = Abstract.iter(v[0]);
        for (Object x; (x = Abstract.next(it)) != null; ) r = Abstract.mul(r, x);
        return r;
    }

    @Function
    static Object pow(Object x, Object y) {
        double b = num(x), e = num(y);
        if (b == 0 && e < 0) throw domain();
        if (b < 0 && e != Math.floor(e) && Double.isFinite(e)) throw domain();
        return Math.pow(b, e);
    }
}
