package tierpy.modules;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyComplex;
import tierpy.objects.PyException;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/cmathmodule.c for finite arguments: the same formulas (c_sqrt's scaling, c_log's
 * log1p near the unit circle, the inverse functions through square roots), so ordinary results
 * agree with CPython; the special-value tables for infinities and NaNs are not modelled.
 */
@ModuleDef("cmath")
public final class CmathModule {
    private CmathModule() {}

    private static final double LN2 = Math.log(2), LN10 = Math.log(10);

    static void init(PyModule m) {
        MathModule.init(m);
        m.dict.setItem("infj", new PyComplex(0, Double.POSITIVE_INFINITY));
        m.dict.setItem("nanj", new PyComplex(0, Double.NaN));
    }

    private record C(double re, double im) {
        PyComplex box() {
            return new PyComplex(re, im);
        }
    }

    /** PyArg "D": a complex, or anything with __complex__, __float__ or __index__. */
    private static C arg(Object x) {
        if (x instanceof PyComplex c) return new C(c.real, c.imag);
        Object hook = Abstract.lookupSpecial(x, "__complex__");
        if (hook != null) {
            Object r = Abstract.callBound(hook, x);
            if (r instanceof PyComplex c) return new C(c.real, c.imag);
            throw Exceptions.typeError("__complex__ returned non-complex (type " + Py.type(r).name + ")");
        }
        if (Py.type(x).asFloat == null && Py.type(x).index == null && Abstract.lookupSpecial(x, "__float__") == null) {
            throw Exceptions.typeError("must be real number, not " + Py.type(x).name);
        }
        return new C(tierpy.objects.Floats.toFloat(x), 0);
    }

    private static PyException domain() {
        return Exceptions.valueError("math domain error");
    }

    private static Object finite(C r, C z) {
        boolean inputFinite = Double.isFinite(z.re) && Double.isFinite(z.im);
        if (inputFinite && (Double.isNaN(r.re) || Double.isNaN(r.im))) throw domain();
        if (inputFinite && (Double.isInfinite(r.re) || Double.isInfinite(r.im))) {
            throw Exceptions.overflowError("math range error");
        }
        return r.box();
    }

    static C sqrt(C z) {
        if (z.re == 0 && z.im == 0) return new C(0, z.im);
        double ax = Math.abs(z.re), ay = Math.abs(z.im), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.re >= 0 ? new C(s, Math.copySign(d, z.im)) : new C(d, Math.copySign(s, z.im));
    }

    static C log(C z) {
        double ax = Math.abs(z.re), ay = Math.abs(z.im), re;
        if (ax > Double.MAX_VALUE / 4 || ay > Double.MAX_VALUE / 4) {
            re = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) throw domain();
            re = Math.log(Math.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = Math.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = Math.log(h);
            }
        }
        return new C(re, Math.atan2(z.im, z.re));
    }

    static C exp(C z) {
        double l = Math.exp(z.re);
        if (z.im == 0) return new C(l, z.im);
        return new C(l * Math.cos(z.im), l * Math.sin(z.im));
    }

    /** glibc's (fdlibm's) e_sinh.c. */
    static double sinhOf(double x) {
        double h = Math.copySign(0.5, x), ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) return x;
            double t = Math.expm1(ax);
            return ax < 1 ? h * (2 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
        }
        if (ax < Math.log(Double.MAX_VALUE)) return h * Math.exp(ax);
        double w = Math.exp(0.5 * ax);
        return h * w * w;
    }

    static C cosh(C z) {
        return new C(MathModule.coshOf(z.re) * Math.cos(z.im), sinhOf(z.re) * Math.sin(z.im));
    }

    static C sinh(C z) {
        return new C(Math.cos(z.im) * sinhOf(z.re), Math.sin(z.im) * MathModule.coshOf(z.re));
    }

    static C tanh(C z) {
        double tx = Math.tanh(z.re), ty = Math.tan(z.im), cx = 1 / MathModule.coshOf(z.re);
        double txty = tx * ty, denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static C asinh(C z) {
        C s1 = sqrt(new C(1 + z.im, -z.re)), s2 = sqrt(new C(1 - z.im, z.re));
        return new C(MathModule.asinhOf(s1.re * s2.im - s2.re * s1.im), Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static C acosh(C z) {
        C s1 = sqrt(new C(z.re - 1, z.im)), s2 = sqrt(new C(z.re + 1, z.im));
        return new C(MathModule.asinhOf(s1.re * s2.re + s1.im * s2.im), 2 * Math.atan2(s1.im, s2.re));
    }

    static C acos(C z) {
        C s1 = sqrt(new C(1 - z.re, -z.im)), s2 = sqrt(new C(1 + z.re, z.im));
        return new C(2 * Math.atan2(s1.re, s2.re), MathModule.asinhOf(s2.re * s1.im - s2.im * s1.re));
    }

    static C atanh(C z) {
        if (z.re < 0) {
            C r = atanh(new C(-z.re, -z.im));
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        if (z.re == 1 && ay == 0) throw domain();
        double re = Math.log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4;
        double im = -Math.atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2;
        return new C(re, im);
    }

    /** f(z) = -i g(iz), how cmath derives sin, tan, asin and atan from the hyperbolic functions. */
    private static C rotated(C z, java.util.function.UnaryOperator<C> g) {
        C r = g.apply(new C(-z.im, z.re));
        return new C(r.im, -r.re);
    }

    @Function static Object sqrt(Object x) { C z = arg(x); return finite(sqrt(z), z); }
    @Function static Object exp(Object x) { C z = arg(x); return finite(exp(z), z); }
    @Function static Object cosh(Object x) { C z = arg(x); return finite(cosh(z), z); }
    @Function static Object sinh(Object x) { C z = arg(x); return finite(sinh(z), z); }
    @Function static Object tanh(Object x) { C z = arg(x); return finite(tanh(z), z); }
    @Function static Object asinh(Object x) { C z = arg(x); return finite(asinh(z), z); }
    @Function static Object acosh(Object x) { C z = arg(x); return finite(acosh(z), z); }
    @Function static Object atanh(Object x) { C z = arg(x); return finite(atanh(z), z); }
    @Function static Object acos(Object x) { C z = arg(x); return finite(acos(z), z); }
    @Function static Object cos(Object x) { C z = arg(x); return finite(cosh(new C(-z.im, z.re)), z); }
    @Function static Object sin(Object x) { C z = arg(x); return finite(rotated(z, CmathModule::sinh), z); }
    @Function static Object tan(Object x) { C z = arg(x); return finite(rotated(z, CmathModule::tanh), z); }
    @Function static Object asin(Object x) { C z = arg(x); return finite(rotated(z, CmathModule::asinh), z); }
    @Function static Object atan(Object x) { C z = arg(x); return finite(rotated(z, CmathModule::atanh), z); }

    @Function
    static Object log10(Object x) {
        C z = arg(x), r = log(z);
        return finite(new C(r.re / LN10, r.im / LN10), z);
    }

    @Function
    static Object log(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("log", a, off, n, kw, 1, new String[] {"x", "base"}, (Object) null);
        C z = arg(v[0]), r = log(z);
        if (v[1] != null) {
            C base = log(arg(v[1]));
            PyComplex q = PyComplex.quotient(r.box(), base.box());
            r = new C(q.real, q.imag);
        }
        return finite(r, z);
    }

    @Function
    static Object phase(Object x) {
        C z = arg(x);
        return Math.atan2(z.im, z.re);
    }

    @Function
    static Object polar(Object x) {
        C z = arg(x);
        double r = Math.hypot(z.re, z.im);
        if (Double.isInfinite(r) && Double.isFinite(z.re) && Double.isFinite(z.im)) throw Exceptions.overflowError("math range error");
        return tierpy.objects.PyTuple.of(r, Math.atan2(z.im, z.re));
    }

    @Function
    static Object rect(Object r, Object phi) {
        double rr = tierpy.objects.Floats.toFloat(r), p = tierpy.objects.Floats.toFloat(phi);
        if (p == 0) return new PyComplex(rr, rr * p);
        return new PyComplex(rr * Math.cos(p), rr * Math.sin(p));
    }

    @Function static Object isfinite(Object x) { C z = arg(x); return Double.isFinite(z.re) && Double.isFinite(z.im); }
    @Function static Object isnan(Object x) { C z = arg(x); return Double.isNaN(z.re) || Double.isNaN(z.im); }
    @Function static Object isinf(Object x) { C z = arg(x); return Double.isInfinite(z.re) || Double.isInfinite(z.im); }

    @Function
    static Object isclose(Object[] a, int off, int n, String[] kw) {
        if (n > 2) throw Exceptions.typeError("isclose() takes exactly 2 positional arguments (" + n + " given)");
        Object[] v = Args.parse("isclose", a, off, n, kw, 2, new String[] {"a", "b", "rel_tol", "abs_tol"}, 1e-9, 0.0);
        C x = arg(v[0]), y = arg(v[1]);
        double rel = tierpy.objects.Floats.toFloat(v[2]), abs = tierpy.objects.Floats.toFloat(v[3]);
        if (rel < 0 || abs < 0) throw Exceptions.valueError("tolerances must be non-negative");
        if (x.re == y.re && x.im == y.im) return true;
        if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) return false;
        double diff = Math.hypot(x.re - y.re, x.im - y.im);
        return diff <= rel * Math.hypot(y.re, y.im) || diff <= rel * Math.hypot(x.re, x.im) || diff <= abs;
    }
}
