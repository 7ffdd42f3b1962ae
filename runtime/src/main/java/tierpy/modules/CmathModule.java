package tierpy.modules;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyComplex;
import tierpy.objects.PyException;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/cmathmodule.c: the same formulas (c_sqrt's scaling, c_log's log1p near the unit
 * circle, the inverse functions through square roots, the large-argument branches), the C99 Annex G
 * special-value tables for infinities and NaNs, and errno's ValueError / OverflowError.
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

    /** errno as the c_* functions leave it: 0, or EDOM / ERANGE (ValueError / OverflowError). */
    private static final int EDOM = 1, ERANGE = 2;

    /** A c_* function: the C99 Annex G result, with errno set in {@code errno[0]}. */
    private interface Fn {
        C apply(C z, int[] errno);
    }

    /** The clinic glue (Py_complex_protected): errno turns into the exception. */
    private static Object call(Fn f, Object x) {
        int[] errno = {0};
        C r = f.apply(arg(x), errno);
        raiseFor(errno[0]);
        return r.box();
    }

    private static void raiseFor(int errno) {
        if (errno == EDOM) throw domain();
        if (errno == ERANGE) throw Exceptions.overflowError("math range error");
    }

    // ------------------------------------------------ special values (C99 Annex G)

    private static final double LARGE = Double.MAX_VALUE / 4, SQRT_LARGE = Math.sqrt(LARGE), LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);

    /** special_type: the row/column of a part in the 7x7 tables. */
    private static int specialType(double d) {
        if (Double.isNaN(d)) return 6;
        if (Double.isInfinite(d)) return d > 0 ? 5 : 0;
        if (d != 0) return d > 0 ? 4 : 1;
        return Math.copySign(1.0, d) > 0 ? 3 : 2;
    }

    private static boolean finite(C z) {
        return Double.isFinite(z.re) && Double.isFinite(z.im);
    }

    private static C special(C[][] table, C z) {
        return table[specialType(z.re)][specialType(z.im)];
    }

    /** A 7x7 table, a row a string of "re im" cells (I infinity, N NaN, P14/P12/P34/P multiples of pi). */
    private static C[][] table(String... rows) {
        C[][] t = new C[7][7];
        for (int i = 0; i < 7; i++) {
            String[] cells = rows[i].split(",");
            for (int j = 0; j < 7; j++) {
                String[] parts = cells[j].split(" ");
                t[i][j] = new C(value(parts[0]), value(parts[1]));
            }
        }
        return t;
    }

    private static double value(String token) {
        boolean negative = token.startsWith("-");
        double v = switch (negative ? token.substring(1) : token) {
            case "I" -> Double.POSITIVE_INFINITY;
            case "N" -> Double.NaN;
            case "P" -> Math.PI;
            case "P12" -> Math.PI / 2;
            case "P14" -> Math.PI / 4;
            case "P34" -> 0.75 * Math.PI;
            default -> Double.parseDouble(token.substring(negative ? 1 : 0));
        };
        return negative ? -v : v;
    }

    // Cells a function never reads (finite arguments, or those its own special branch handles) and
    // cells whose result raises are NaN.
    private static final C[][] ACOS_SPECIAL = table(
            "P34 I,P I,P I,P -I,P -I,P34 -I,N I",
            "P12 I,N N,N N,N N,N N,P12 -I,N N",
            "P12 I,N N,N N,N N,N N,P12 -I,P12 N",
            "P12 I,N N,N N,N N,N N,P12 -I,P12 N",
            "P12 I,N N,N N,N N,N N,P12 -I,N N",
            "P14 I,0 I,0 I,0 -I,0 -I,P14 -I,N I",
            "N I,N N,N N,N N,N N,N -I,N N");
    private static final C[][] ACOSH_SPECIAL = table(
            "I -P34,I -P,I -P,I P,I P,I P34,I N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P14,I -0,I -0,I 0,I 0,I P14,I N",
            "I N,N N,N N,N N,N N,I N,N N");
    private static final C[][] ASINH_SPECIAL = table(
            "-I -P14,-I -0,-I -0,-I 0,-I 0,-I P14,-I N",
            "-I -P12,N N,N N,N N,N N,-I P12,N N",
            "-I -P12,N N,N N,N N,N N,-I P12,N N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P12,N N,N N,N N,N N,I P12,N N",
            "I -P14,I -0,I -0,I 0,I 0,I P14,I N",
            "I N,N N,N -0,N 0,N N,I N,N N");
    private static final C[][] ATANH_SPECIAL = table(
            "-0 -P12,-0 -P12,-0 -P12,-0 P12,-0 P12,-0 P12,-0 N",
            "-0 -P12,N N,N N,N N,N N,-0 P12,N N",
            "-0 -P12,N N,N N,N N,N N,-0 P12,-0 N",
            "0 -P12,N N,N N,N N,N N,0 P12,0 N",
            "0 -P12,N N,N N,N N,N N,0 P12,N N",
            "0 -P12,0 -P12,0 -P12,0 P12,0 P12,0 P12,0 N",
            "0 -P12,N N,N N,N N,N N,0 P12,N N");
    private static final C[][] COSH_SPECIAL = table(
            "N N,N N,I 0,I -0,N N,N N,I N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N 0",
            "N N,N N,N N,N N,N N,N N,N 0",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,I -0,I 0,N N,N N,I N",
            "N N,N N,N 0,N 0,N N,N N,N N");
    private static final C[][] EXP_SPECIAL = table(
            "0 0,N N,0 -0,0 0,N N,0 0,0 0",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,I -0,I 0,N N,N N,I N",
            "N N,N N,N -0,N 0,N N,N N,N N");
    /** log's table is acosh's: both are log of a modulus plus an argument at infinity. */
    private static final C[][] LOG_SPECIAL = ACOSH_SPECIAL;
    private static final C[][] SINH_SPECIAL = table(
            "N N,N N,-I -0,-I 0,N N,N N,I N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,0 N",
            "N N,N N,N N,N N,N N,N N,0 N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,I -0,I 0,N N,N N,I N",
            "N N,N N,N -0,N 0,N N,N N,N N");
    private static final C[][] SQRT_SPECIAL = table(
            "I -I,0 -I,0 -I,0 I,0 I,I I,N I",
            "I -I,N N,N N,N N,N N,I I,N N",
            "I -I,N N,N N,N N,N N,I I,N N",
            "I -I,N N,N N,N N,N N,I I,N N",
            "I -I,N N,N N,N N,N N,I I,N N",
            "I -I,I -0,I -0,I 0,I 0,I I,I N",
            "I -I,N N,N N,N N,N N,I I,N N");
    private static final C[][] TANH_SPECIAL = table(
            "-1.0 0,N N,-1.0 -0,-1.0 0,N N,-1.0 0,-1.0 0",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,N N,N N,N N,N N,N N",
            "1.0 0,N N,1.0 -0,1.0 0,N N,1.0 0,1.0 0",
            "N N,N N,N -0,N 0,N N,N N,N N");
    private static final C[][] RECT_SPECIAL = table(
            "N N,N N,-I 0,-I -0,N N,N N,I N",
            "N N,N N,N N,N N,N N,N N,N N",
            "0 0,N N,N N,N N,N N,0 0,0 0",
            "0 0,N N,N N,N N,N N,0 0,0 0",
            "N N,N N,N N,N N,N N,N N,N N",
            "N N,N N,I -0,I 0,N N,N N,I N",
            "N N,N N,N 0,N 0,N N,N N,N N");

    static C sqrt(C z, int[] errno) {
        if (!finite(z)) return special(SQRT_SPECIAL, z);
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

    static C log(C z, int[] errno) {
        if (!finite(z)) {
            errno[0] = 0;
            return special(LOG_SPECIAL, z);
        }
        double ax = Math.abs(z.re), ay = Math.abs(z.im), re;
        if (ax > LARGE || ay > LARGE) {
            re = Math.log(Math.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) {
                errno[0] = EDOM;
                return new C(Double.NEGATIVE_INFINITY, Math.atan2(z.im, z.re));
            }
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
        errno[0] = 0;
        return new C(re, Math.atan2(z.im, z.re));
    }

    /**
     * The branch exp, cosh, sinh and rect share for an infinite real part and a finite nonzero
     * imaginary one: infinities (or zeros) signed like cos and sin of the imaginary part.
     */
    private static C signedBy(double magnitude, double reSign, double imSign, double y) {
        return new C(reSign * Math.copySign(magnitude, Math.cos(y)), imSign * Math.copySign(magnitude, Math.sin(y)));
    }

    private static boolean infiniteRealFiniteImag(C z) {
        return Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0;
    }

    /** ERANGE when a finite argument gave an infinite result. */
    private static C rangeChecked(C r, int[] errno) {
        errno[0] = Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : 0;
        return r;
    }

    static C exp(C z, int[] errno) {
        if (!finite(z)) {
            C r = !infiniteRealFiniteImag(z) ? special(EXP_SPECIAL, z)
                    : z.re > 0 ? signedBy(Double.POSITIVE_INFINITY, 1, 1, z.im) : signedBy(0.0, 1, 1, z.im);
            boolean edom = Double.isInfinite(z.im) && (Double.isFinite(z.re) || z.re > 0);
            errno[0] = edom ? EDOM : 0;
            return r;
        }
        if (z.re > LOG_LARGE) {
            double l = Math.exp(z.re - 1);
            return rangeChecked(new C(l * Math.cos(z.im) * Math.E, l * Math.sin(z.im) * Math.E), errno);
        }
        double l = Math.exp(z.re);
        return rangeChecked(new C(l * Math.cos(z.im), l * Math.sin(z.im)), errno);
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

    /** EDOM for an infinite imaginary part with a real part that is not NaN (cosh, sinh). */
    private static int hyperbolicErrno(C z) {
        return Double.isInfinite(z.im) && !Double.isNaN(z.re) ? EDOM : 0;
    }

    static C cosh(C z, int[] errno) {
        if (!finite(z)) {
            errno[0] = hyperbolicErrno(z);
            if (!infiniteRealFiniteImag(z)) return special(COSH_SPECIAL, z);
            return signedBy(Double.POSITIVE_INFINITY, 1, z.re > 0 ? 1 : -1, z.im);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            double x = z.re - Math.copySign(1.0, z.re);
            return rangeChecked(new C(Math.cos(z.im) * MathModule.coshOf(x) * Math.E, Math.sin(z.im) * sinhOf(x) * Math.E), errno);
        }
        return rangeChecked(new C(Math.cos(z.im) * MathModule.coshOf(z.re), Math.sin(z.im) * sinhOf(z.re)), errno);
    }

    static C sinh(C z, int[] errno) {
        if (!finite(z)) {
            errno[0] = hyperbolicErrno(z);
            if (!infiniteRealFiniteImag(z)) return special(SINH_SPECIAL, z);
            return signedBy(Double.POSITIVE_INFINITY, z.re > 0 ? 1 : -1, 1, z.im);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            double x = z.re - Math.copySign(1.0, z.re);
            return rangeChecked(new C(Math.cos(z.im) * sinhOf(x) * Math.E, Math.sin(z.im) * MathModule.coshOf(x) * Math.E), errno);
        }
        return rangeChecked(new C(Math.cos(z.im) * sinhOf(z.re), Math.sin(z.im) * MathModule.coshOf(z.re)), errno);
    }

    static C tanh(C z, int[] errno) {
        if (!finite(z)) {
            errno[0] = Double.isInfinite(z.im) && Double.isFinite(z.re) ? EDOM : 0;
            if (!infiniteRealFiniteImag(z)) return special(TANH_SPECIAL, z);
            return new C(z.re > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2 * Math.sin(z.im) * Math.cos(z.im)));
        }
        errno[0] = 0;
        if (Math.abs(z.re) > LOG_LARGE) {
            return new C(Math.copySign(1.0, z.re), 4 * Math.sin(z.im) * Math.cos(z.im) * Math.exp(-2 * Math.abs(z.re)));
        }
        double tx = Math.tanh(z.re), ty = Math.tan(z.im), cx = 1 / MathModule.coshOf(z.re);
        double txty = tx * ty, denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /** log(hypot(x/2, y/2)) + 2 ln 2: |log z| for arguments too large for the usual formulas. */
    private static double largeLog(C z) {
        return Math.log(Math.hypot(z.re / 2, z.im / 2)) + LN2 * 2;
    }

    private static boolean large(C z) {
        return Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE;
    }

    static C asinh(C z, int[] errno) {
        if (!finite(z)) return special(ASINH_SPECIAL, z);
        if (large(z)) {
            double re = z.im >= 0 ? Math.copySign(largeLog(z), z.re) : -Math.copySign(largeLog(z), -z.re);
            return new C(re, Math.atan2(z.im, Math.abs(z.re)));
        }
        C s1 = sqrt(new C(1 + z.im, -z.re), errno), s2 = sqrt(new C(1 - z.im, z.re), errno);
        errno[0] = 0;
        return new C(MathModule.asinhOf(s1.re * s2.im - s2.re * s1.im), Math.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static C acosh(C z, int[] errno) {
        if (!finite(z)) return special(ACOSH_SPECIAL, z);
        if (large(z)) return new C(largeLog(z), Math.atan2(z.im, z.re));
        C s1 = sqrt(new C(z.re - 1, z.im), errno), s2 = sqrt(new C(z.re + 1, z.im), errno);
        errno[0] = 0;
        return new C(MathModule.asinhOf(s1.re * s2.re + s1.im * s2.im), 2 * Math.atan2(s1.im, s2.re));
    }

    static C acos(C z, int[] errno) {
        if (!finite(z)) return special(ACOS_SPECIAL, z);
        if (large(z)) return new C(Math.atan2(Math.abs(z.im), z.re), -Math.copySign(largeLog(z), z.im));
        C s1 = sqrt(new C(1 - z.re, -z.im), errno), s2 = sqrt(new C(1 + z.re, z.im), errno);
        errno[0] = 0;
        return new C(2 * Math.atan2(s1.re, s2.re), MathModule.asinhOf(s2.re * s1.im - s2.im * s1.re));
    }

    static C atanh(C z, int[] errno) {
        if (!finite(z)) return special(ATANH_SPECIAL, z);
        if (z.re < 0) {
            C r = atanh(new C(-z.re, -z.im), errno);
            return new C(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        errno[0] = 0;
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Math.hypot(z.re / 2, z.im / 2);
            return new C(z.re / 4 / h / h, Math.copySign(Math.PI / 2, z.im));
        }
        if (z.re == 1 && ay < SQRT_DBL_MIN) {
            if (ay == 0) {
                errno[0] = EDOM;
                return new C(Double.POSITIVE_INFINITY, z.im);
            }
            return new C(-Math.log(Math.sqrt(ay) / Math.sqrt(Math.hypot(ay, 2))), Math.copySign(Math.atan2(2, -ay) / 2, z.im));
        }
        double re = Math.log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4;
        double im = -Math.atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2;
        return new C(re, im);
    }

    /** f(z) = -i g(iz), how cmath derives sin, tan, asin and atan from the hyperbolic functions. */
    private static Fn rotated(Fn g) {
        return (z, errno) -> {
            C r = g.apply(new C(-z.im, z.re), errno);
            return new C(r.im, -r.re);
        };
    }

    @Function static Object sqrt(Object x) { return call(CmathModule::sqrt, x); }
    @Function static Object exp(Object x) { return call(CmathModule::exp, x); }
    @Function static Object cosh(Object x) { return call(CmathModule::cosh, x); }
    @Function static Object sinh(Object x) { return call(CmathModule::sinh, x); }
    @Function static Object tanh(Object x) { return call(CmathModule::tanh, x); }
    @Function static Object asinh(Object x) { return call(CmathModule::asinh, x); }
    @Function static Object acosh(Object x) { return call(CmathModule::acosh, x); }
    @Function static Object atanh(Object x) { return call(CmathModule::atanh, x); }
    @Function static Object acos(Object x) { return call(CmathModule::acos, x); }
    /** cos(z) = cosh(iz). */
    @Function static Object cos(Object x) { return call((z, errno) -> cosh(new C(-z.im, z.re), errno), x); }
    @Function static Object sin(Object x) { return call(rotated(CmathModule::sinh), x); }
    @Function static Object tan(Object x) { return call(rotated(CmathModule::tanh), x); }
    @Function static Object asin(Object x) { return call(rotated(CmathModule::asinh), x); }
    @Function static Object atan(Object x) { return call(rotated(CmathModule::atanh), x); }

    @Function
    static Object log10(Object x) {
        return call((z, errno) -> {
            C r = log(z, errno);
            return new C(r.re / LN10, r.im / LN10);
        }, x);
    }

    /** cmath_log_impl: errno is what the last c_log (or the division by a zero log) left. */
    @Function
    static Object log(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("log", a, off, n, kw, 1, new String[] {"x", "base"}, (Object) null);
        int[] errno = {0};
        C r = log(arg(v[0]), errno);
        if (v[1] != null) {
            C base = log(arg(v[1]), errno);
            if (base.re == 0 && base.im == 0) {
                errno[0] = EDOM;
            } else {
                PyComplex q = PyComplex.quotient(r.box(), base.box());
                r = new C(q.real, q.imag);
            }
        }
        raiseFor(errno[0]);
        return r.box();
    }

    @Function
    static Object phase(Object x) {
        C z = arg(x);
        return Math.atan2(z.im, z.re);
    }

    /** cmath_polar_impl: _Py_c_abs overflows (ERANGE) only for finite parts. */
    @Function
    static Object polar(Object x) {
        C z = arg(x);
        double r = Math.hypot(z.re, z.im);
        if (Double.isInfinite(r) && finite(z)) throw Exceptions.overflowError("math range error");
        return tierpy.objects.PyTuple.of(r, Math.atan2(z.im, z.re));
    }

    @Function
    static Object rect(Object r, Object phi) {
        double rr = tierpy.objects.Floats.toFloat(r), p = tierpy.objects.Floats.toFloat(phi);
        if (!Double.isFinite(rr) || !Double.isFinite(p)) {
            C z = Double.isInfinite(rr) && Double.isFinite(p) && p != 0
                    ? signedBy(Double.POSITIVE_INFINITY, rr > 0 ? 1 : -1, rr > 0 ? 1 : -1, p)
                    : special(RECT_SPECIAL, new C(rr, p));
            if (rr != 0 && !Double.isNaN(rr) && Double.isInfinite(p)) throw domain();
            return z.box();
        }
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
