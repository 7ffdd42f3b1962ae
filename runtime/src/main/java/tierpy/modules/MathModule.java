package tierpy.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Floats;
import tierpy.objects.Ints;
import tierpy.objects.Py;
import tierpy.objects.PyException;
import tierpy.objects.PyInstance;
import tierpy.objects.PyTuple;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/mathmodule.c: the math module with 3.14's error messages (math_1's per-function
 * domain messages, "math range error" for overflow).
 */
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

    // ---------------------------------------------------------------- argument conversion

    /** PyFloat_AsDouble: float, __float__, or __index__; never a str. */
    static double asDouble(Object x) {
        if (x instanceof Double d) return d;
        if (x instanceof Long l) return (double) l;
        if (x instanceof String || x instanceof PyInstance i && i.payload instanceof String) {
            throw Exceptions.typeError("must be real number, not " + Py.type(x).name);
        }
        var t = Py.type(x);
        if (Ints.value(x) == null && Floats.value(x) == null && t.asFloat == null && t.index == null) {
            throw Exceptions.typeError("must be real number, not " + t.name);
        }
        return Floats.toFloat(x);
    }

    private static String repr(double d) {
        return Abstract.repr(d);
    }

    private static PyException domain(String message, double x) {
        return Exceptions.valueError(message == null ? "math domain error" : message.replace("%s", repr(x)));
    }

    private static PyException rangeError() {
        return Exceptions.overflowError("math range error");
    }

    /** math_1: NaN from a non-NaN is a domain error; inf from a finite is a range (or domain) error. */
    private static Object math1(Object arg, DoubleUnaryOperator f, boolean canOverflow, String message) {
        double x = asDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain(message, x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (canOverflow) throw rangeError();
            throw domain(message, x);
        }
        return r;
    }

    // ---------------------------------------------------------------- one-argument functions

    @Function static Object acos(Object x) { return math1(x, Math::acos, false, "expected a number in range from -1 up to 1, got %s"); }
    @Function static Object asin(Object x) { return math1(x, Math::asin, false, "expected a number in range from -1 up to 1, got %s"); }
    @Function static Object atan(Object x) { return math1(x, Math::atan, false, null); }
    @Function static Object acosh(Object x) { return math1(x, MathModule::acoshOf, false, "expected argument value not less than 1, got %s"); }
    @Function static Object asinh(Object x) { return math1(x, MathModule::asinhOf, false, null); }
    @Function static Object atanh(Object x) {
        double v = asDouble(x);
        if (Math.abs(v) >= 1) throw domain("expected a number between -1 and 1, got %s", v);
        return 0.5 * Math.log1p(2 * v / (1 - v));
    }
    @Function static Object cos(Object x) { return finiteInput(x, Math::cos); }
    @Function static Object sin(Object x) { return finiteInput(x, Math::sin); }
    @Function static Object tan(Object x) { return finiteInput(x, Math::tan); }
    @Function static Object cosh(Object x) { return math1(x, MathModule::coshOf, true, null); }
    @Function static Object sinh(Object x) { return math1(x, StrictMath::sinh, true, null); }
    @Function static Object tanh(Object x) { return math1(x, StrictMath::tanh, false, null); }
    @Function static Object exp(Object x) { return math1(x, Math::exp, true, null); }
    @Function static Object exp2(Object x) { return math1(x, v -> Math.pow(2, v), true, null); }
    @Function static Object expm1(Object x) { return math1(x, Math::expm1, true, null); }
    @Function static Object fabs(Object x) { return math1(x, Math::abs, false, null); }
    @Function static Object cbrt(Object x) { return math1(x, MathModule::cbrtOf, false, null); }
    @Function static Object log1p(Object x) { return math1(x, Math::log1p, false, "expected argument value > -1, got %s"); }
    @Function static Object erf(Object x) { return math1(x, MathModule::erfOf, false, null); }
    @Function static Object erfc(Object x) { return math1(x, MathModule::erfcOf, false, null); }

    @Function
    static Object sqrt(Object x) {
        double v = asDouble(x);
        if (v < 0) throw domain("expected a nonnegative input, got %s", v);
        return Math.sqrt(v);
    }

    private static final double[] CBRT_FACTOR = {
        1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748};

    /**
     * glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls: a polynomial guess and one
     * Halley step, not correctly rounded (cbrt(27.0) is 3.0000000000000004 there, and so here).
     */
    private static double cbrtOf(double x) {
        if (x == 0 || !Double.isFinite(x)) return x + x;
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax);
        if (xe == Double.MIN_EXPONENT - 1) xe = Math.getExponent(ax * 0x1p54) - 54;
        xe += 1;
        double xm = Math.scalb(ax, -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0 ? ym : -ym, xe / 3);
    }

    /** cos/sin/tan: infinities are domain errors ("expected a finite input"). */
    private static Object finiteInput(Object arg, DoubleUnaryOperator f) {
        double x = asDouble(arg);
        if (Double.isInfinite(x)) throw domain("expected a finite input, got %s", x);
        return f.applyAsDouble(x);
    }

    /** glibc's (fdlibm's) e_cosh.c formulas over the platform exp. */
    static double coshOf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a < 0.5 * Math.log(2)) {
            if (a < 0x1p-55) return 1.0;
            double t = Math.expm1(a), w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < Math.log(Double.MAX_VALUE)) return 0.5 * Math.exp(a);
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    private static double acoshOf(double x) {
        if (x < 1) return Double.NaN;
        if (x > 1e8) return Math.log(x) + Math.log(2);
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double asinhOf(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double r;
        if (a > 1e8) r = Math.log(a) + Math.log(2);
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else r = Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        return Math.copySign(r, x);
    }

    /*
     * erf and erfc as the C library computes them (glibc's dbl-64 s_erf.c, from Sun's fdlibm): rational
     * approximations on [0, 0.84375), [0.84375, 1.25), and exp(-x*x - 0.5625 + R/S)/x beyond, so that
     * results match CPython to the last bit.
     */
    private static final double ERX = 8.45062911510467529297e-01, EFX = 1.28379167095512586316e-01;
    private static final double[] ERF_P = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] ERF_Q = {1, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] ERF_PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] ERF_QA = {1, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] ERF_RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] ERF_SA = {1, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] ERF_RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] ERF_SB = {1, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    /** c[0] + z*(c[1] + z*(c[2] + ...)). */
    private static double horner(double[] c, double z) {
        double r = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) r = c[i] + z * r;
        return r;
    }

    /** The high 32 bits of |x| (fdlibm's GET_HIGH_WORD & 0x7fffffff). */
    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /** x + x*R(x*x) on |x| < 0.84375. */
    private static double erfSmall(double x) {
        double z = x * x;
        return x * (horner(ERF_P, z) / horner(ERF_Q, z));
    }

    /** P/Q near 1: erf(|x|) - ERX for 0.84375 <= |x| < 1.25. */
    private static double erfNearOne(double ax) {
        double s = ax - 1;
        return horner(ERF_PA, s) / horner(ERF_QA, s);
    }

    /** erfc(|x|) for 1.25 <= |x| < 28: exp(-x*x - 0.5625 + R/S) / x, with x*x split for accuracy. */
    private static double erfcTail(double ax) {
        double s = 1 / (ax * ax);
        double rs = highWord(ax) < 0x4006DB6E ? horner(ERF_RA, s) / horner(ERF_SA, s) : horner(ERF_RB, s) / horner(ERF_SB, s);
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return StrictMath.exp(-z * z - 0.5625) * StrictMath.exp((z - ax) * (z + ax) + rs) / ax;
    }

    private static double erfOf(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.signum(x);
        int ix = highWord(x);
        double ax = Math.abs(x);
        if (ix < 0x3feb0000) return ix < 0x3e300000 ? x + EFX * x : x + erfSmall(x);
        if (ix < 0x3ff40000) return Math.copySign(ERX + erfNearOne(ax), x);
        if (ix >= 0x40180000) return Math.copySign(1 - 1e-300, x);
        return Math.copySign(1 - erfcTail(ax), x);
    }

    private static double erfcOf(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return x > 0 ? 0 : 2;
        int ix = highWord(x);
        double ax = Math.abs(x);
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) return 1 - x;
            double y = horner(ERF_P, x * x) / horner(ERF_Q, x * x);
            if (x < 0.25) return 1 - (x + x * y);
            return 0.5 - (x * y + (x - 0.5));
        }
        if (ix < 0x3ff40000) return x > 0 ? (1 - ERX) - erfNearOne(ax) : 1 + (ERX + erfNearOne(ax));
        if (ix < 0x403c0000) {
            if (x <= -6) return 2 - 1e-300;
            double r = erfcTail(ax);
            return x > 0 ? r : 2 - r;
        }
        return x > 0 ? 0 : 2 - 1e-300;
    }

    /** math_1 for gamma/lgamma: a finite input giving an infinite result is a range error. */
    private static Object gammaLike(Object x, DoubleUnaryOperator f) {
        double v = asDouble(x);
        if (Double.isNaN(v)) return v;
        if (Double.isInfinite(v)) return f.applyAsDouble(v);
        if (v <= 0 && v == Math.floor(v)) throw domain("expected a noninteger or positive integer, got %s", v);
        double r = f.applyAsDouble(v);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    @Function static Object gamma(Object x) { return gammaLike(x, MathModule::tgamma); }
    @Function static Object lgamma(Object x) { return gammaLike(x, MathModule::lgammaOf); }

    // mathmodule.c's own Lanczos approximation (g = 6.0246800407767296), not libm's
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0};

    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** m_sinpi: sin(pi * x) with the argument reduced exactly first. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        long n = Math.round(2.0 * y);
        double r = switch ((int) n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static double tgamma(double x) {
        if (Double.isInfinite(x)) {
            if (x > 0) return x;
            throw domain("expected a noninteger or positive integer, got %s", x);
        }
        if (x == Math.floor(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < (int) x; i++) r *= i;
            return r;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF, q, z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    private static double lgammaOf(double x) {
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == 1.0 || x == 2.0) return 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        return r;
    }

    // ---------------------------------------------------------------- logarithms

    /** loghelper: ints of any size are taken exactly; non-positive ints have their own message. */
    private static double logOf(Object arg, DoubleUnaryOperator f) {
        Object i = Ints.value(arg);
        if (i != null && Floats.value(arg) == null) {
            if (Ints.compare(i, 0L) <= 0) throw Exceptions.valueError("expected a positive input");
            if (i instanceof BigInteger b && b.bitLength() > 1024) {
                // too big for a float: log(m) + log(2) * e with m in [0.5, 1), as _PyLong_Frexp
                int e = b.bitLength();
                double m = new java.math.BigDecimal(b).divide(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(e)),
                        java.math.MathContext.DECIMAL128).doubleValue();
                return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
            }
            return f.applyAsDouble(Ints.toDouble(i));
        }
        double x = asDouble(arg);
        if (x <= 0) throw domain("expected a positive input, got %s", x);
        return f.applyAsDouble(x);
    }

    @Function
    static Object log(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("math.log", kw);
        if (n < 1 || n > 2) {
            throw Exceptions.typeError(n < 1 ? "log expected at least 1 argument, got 0" : "log expected at most 2 arguments, got " + n);
        }
        double num = logOf(a[off], Math::log);
        if (n == 1) return num;
        double den = logOf(a[off + 1], Math::log);
        if (den == 0) throw Exceptions.zeroDivision("division by zero");
        return num / den;
    }

    @Function static Object log2(Object x) { return logOf(x, MathModule::log2Of); }
    @Function static Object log10(Object x) { return logOf(x, Math::log10); }

    private static double log2Of(double x) {
        // exact for powers of two, as C's log2
        if (x > 0 && Double.isFinite(x)) {
            int e = Math.getExponent(x);
            if (x == Math.scalb(1.0, e)) return e;
        }
        return Math.log(x) / Math.log(2);
    }

    // ---------------------------------------------------------------- two-argument float functions

    @Function static Object atan2(Object y, Object x) { return Math.atan2(asDouble(y), asDouble(x)); }
    @Function static Object copysign(Object x, Object y) { return Math.copySign(asDouble(x), asDouble(y)); }

    @Function
    static Object fmod(Object x, Object y) {
        double a = asDouble(x), b = asDouble(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) return a;
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) throw domain(null, a);
        return r;
    }

    @Function
    static Object remainder(Object x, Object y) {
        double a = asDouble(x), b = asDouble(y);
        if (Double.isNaN(a)) return a;
        if (Double.isNaN(b)) return b;
        if (Double.isInfinite(a) || b == 0) throw domain(null, a);
        if (Double.isInfinite(b)) return a;
        return Math.IEEEremainder(a, b);
    }

    @Function
    static Object pow(Object x, Object y) {
        double a = asDouble(x), b = asDouble(y);
        if (a == 0 && b < 0 && Double.isFinite(b)) throw domain(null, a);
        double r = Math.pow(a, b);
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) throw domain(null, a);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) throw rangeError();
        return r;
    }

    @Function
    static Object ldexp(Object x, Object i) {
        double a = asDouble(x);
        Object e = Ints.value(i);
        if (e == null || Floats.value(i) != null) {
            throw Exceptions.typeError("Expected an int as second argument to ldexp.");
        }
        if (a == 0 || !Double.isFinite(a)) return a;
        long exp = e instanceof Long l ? l : (((BigInteger) e).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
        exp = Math.max(-100000, Math.min(100000, exp));
        double r = Math.scalb(a, (int) exp);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    @Function
    static Object frexp(Object x) {
        double a = asDouble(x);
        if (a == 0 || !Double.isFinite(a)) return PyTuple.of(a, 0L);
        int e = Math.getExponent(a);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(a * 0x1p54) - 54;
        double m = Math.scalb(a, -(e + 1));
        return PyTuple.of(m, (long) (e + 1));
    }

    @Function
    static Object modf(Object x) {
        double a = asDouble(x);
        if (Double.isInfinite(a)) return PyTuple.of(Math.copySign(0.0, a), a);
        double ip = a < 0 ? Math.ceil(a) : Math.floor(a);
        return PyTuple.of(Math.copySign(a - ip, a), ip);
    }

    @Function
    static Object fma(Object x, Object y, Object z) {
        double a = asDouble(x), b = asDouble(y), c = asDouble(z);
        double r = Math.fma(a, b, c);
        if (Double.isFinite(r)) return r;
        if (Double.isNaN(r)) {
            if (!Double.isNaN(a) && !Double.isNaN(b) && !Double.isNaN(c)) throw Exceptions.valueError("invalid operation in fma");
        } else if (Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c)) {
            throw Exceptions.overflowError("overflow in fma");
        }
        return r;
    }

    @Function
    static Object nextafter(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("nextafter", a, off, n, kw, 2, new String[] {"x", "y", "steps"}, Py.None);
        double x = asDouble(v[0]), y = asDouble(v[1]);
        if (v[2] == Py.None) return Math.nextAfter(x, y);
        long steps = Abstract.asSsize(v[2], false);
        if (steps < 0) throw Exceptions.valueError("steps must be a non-negative integer");
        for (long i = 0; i < steps && x != y; i++) x = Math.nextAfter(x, y);
        return x;
    }

    @Function
    static Object ulp(Object x) {
        double a = Math.abs(asDouble(x));
        if (Double.isNaN(a) || Double.isInfinite(a)) return a;
        if (a == Double.MAX_VALUE) return a - Math.nextDown(a);
        return Math.nextUp(a) - a;
    }

    @Function static Object degrees(Object x) { return asDouble(x) * (180.0 / Math.PI); }
    @Function static Object radians(Object x) { return asDouble(x) * (Math.PI / 180.0); }

    @Function static Object isfinite(Object x) { return Double.isFinite(asDouble(x)); }
    @Function static Object isinf(Object x) { return Double.isInfinite(asDouble(x)); }
    @Function static Object isnan(Object x) { return Double.isNaN(asDouble(x)); }

    @Function
    static Object isclose(Object[] a, int off, int n, String[] kw) {
        if (n > 2) throw Exceptions.typeError("isclose() takes exactly 2 positional arguments (" + n + " given)");
        Object[] v = Args.parse("isclose", a, off, n, kw, 2, new String[] {"a", "b", "rel_tol", "abs_tol"}, 1e-9, 0.0);
        double x = asDouble(v[0]), y = asDouble(v[1]), rel = asDouble(v[2]), abs = asDouble(v[3]);
        if (rel < 0 || abs < 0) throw Exceptions.valueError("tolerances must be non-negative");
        if (x == y) return true;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    // ---------------------------------------------------------------- to int

    /** floor/ceil/trunc: ints unchanged, floats exactly, else the dunder, else through float. */
    private static Object rounding(Object x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Double d) return Floats.toInt(f.applyAsDouble(d));
        Object method = Abstract.lookupSpecial(x, dunder);
        if (method != null) return Abstract.callBound(method, x);
        if (dunder.equals("__trunc__")) {
            throw Exceptions.typeError("type " + Py.type(x).name + " doesn't define __trunc__ method");
        }
        return Floats.toInt(f.applyAsDouble(asDouble(x)));
    }

    @Function static Object floor(Object x) { return rounding(x, "__floor__", Math::floor); }
    @Function static Object ceil(Object x) { return rounding(x, "__ceil__", Math::ceil); }
    @Function static Object trunc(Object x) { return rounding(x, "__trunc__", v -> v < 0 ? Math.ceil(v) : Math.floor(v)); }

    // ---------------------------------------------------------------- integer functions

    private static BigInteger bigIndex(Object x) {
        Object i = Abstract.index(x);
        return i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    }

    @Function
    static Object isqrt(Object x) {
        BigInteger n = bigIndex(x);
        if (n.signum() < 0) throw Exceptions.valueError("isqrt() argument must be nonnegative");
        return Py.of(n.sqrt());
    }

    @Function
    static Object factorial(Object x) {
        if (x instanceof Double) throw Exceptions.typeError("'float' object cannot be interpreted as an integer");
        BigInteger n = bigIndex(x);
        if (n.signum() < 0) throw Exceptions.valueError("factorial() not defined for negative values");
        if (n.bitLength() > 31) throw Exceptions.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        return Py.of(product(1, n.longValue()));
    }

    /** The product lo*(lo+1)*...*hi by binary splitting (fast for big factorials). */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long k = lo + 1; k <= hi; k++) r = r.multiply(BigInteger.valueOf(k));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    @Function
    static Object perm(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("math.perm", kw);
        if (n < 1 || n > 2) {
            throw Exceptions.typeError(n < 1 ? "perm expected at least 1 argument, got 0" : "perm expected at most 2 arguments, got " + n);
        }
        BigInteger nn = bigIndex(a[off]);
        if (n == 1 || a[off + 1] == Py.None) return factorial(a[off]);
        BigInteger k = bigIndex(a[off + 1]);
        if (nn.signum() < 0) throw Exceptions.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw Exceptions.valueError("k must be a non-negative integer");
        if (k.compareTo(nn) > 0) return 0L;
        if (k.bitLength() > 31) throw Exceptions.overflowError("k must not exceed " + Long.MAX_VALUE);
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k.longValue(); i++) r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
        return Py.of(r);
    }

    @Function
    static Object comb(Object n, Object k) {
        BigInteger nn = bigIndex(n), kk = bigIndex(k);
        if (nn.signum() < 0) throw Exceptions.valueError("n must be a non-negative integer");
        if (kk.signum() < 0) throw Exceptions.valueError("k must be a non-negative integer");
        if (kk.compareTo(nn) > 0) return 0L;
        BigInteger other = nn.subtract(kk);
        if (other.compareTo(kk) < 0) kk = other;
        if (kk.bitLength() > 31) throw Exceptions.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk.longValue(); i++) {
            r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return Py.of(r);
    }

    @Function
    static Object gcd(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("math.gcd", kw);
        if (n == 2 && a[off] instanceof Long x && a[off + 1] instanceof Long y
                && x != Long.MIN_VALUE && y != Long.MIN_VALUE) {
            // the common case without BigInteger allocations
            long p = Math.abs(x), q = Math.abs(y);
            while (q != 0) {
                long r = p % q;
                p = q;
                q = r;
            }
            return p;
        }
        BigInteger g = BigInteger.ZERO;
        for (int i = 0; i < n; i++) g = gcd(g, bigIndex(a[off + i]));
        return Py.of(g);
    }

    /**
     * Lehmer's gcd (as _PyLong_GCD uses): the leading 62 bits of both numbers drive single-word
     * Euclid steps whose cofactors then advance the big numbers by many quotients at once;
     * several times faster than BigInteger.gcd's binary algorithm on numbers of thousands of bits.
     */
    static BigInteger gcd(BigInteger a, BigInteger b) {
        a = a.abs();
        b = b.abs();
        if (a.compareTo(b) < 0) {
            BigInteger t = a;
            a = b;
            b = t;
        }
        while (b.bitLength() > 62) {
            int shift = a.bitLength() - 62;
            long x = a.shiftRight(shift).longValue(), y = b.shiftRight(shift).longValue();
            long p = 1, q = 0, r = 0, s = 1;
            // the quotient is certain while both ends of its interval agree
            while (y + r != 0 && y + s != 0) {
                long quotient = (x + p) / (y + r);
                if (quotient != (x + q) / (y + s)) break;
                long t = p - quotient * r;
                p = r;
                r = t;
                t = q - quotient * s;
                q = s;
                s = t;
                t = x - quotient * y;
                x = y;
                y = t;
            }
            if (q == 0) {
                BigInteger rest = a.mod(b);
                a = b;
                b = rest;
            } else {
                BigInteger na = a.multiply(BigInteger.valueOf(p)).add(b.multiply(BigInteger.valueOf(q)));
                b = a.multiply(BigInteger.valueOf(r)).add(b.multiply(BigInteger.valueOf(s)));
                a = na;
            }
        }
        if (b.signum() == 0) return a;
        long x = a.mod(b).longValue(), y = b.longValue();
        while (x != 0) {
            long t = y % x;
            y = x;
            x = t;
        }
        return BigInteger.valueOf(y);
    }

    @Function
    static Object lcm(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("math.lcm", kw);
        BigInteger l = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger v = bigIndex(a[off + i]).abs();
            if (v.signum() == 0 || l.signum() == 0) l = BigInteger.ZERO;
            else l = l.divide(gcd(l, v)).multiply(v);
        }
        return Py.of(l);
    }

    // ---------------------------------------------------------------- sums and products

    /** fsum: Shewchuk's exact partial sums, rounded once at the end (msum). */
    @Function
    static Object fsum(Object iterable) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0, infSum = 0;
        boolean special = false;
        Object it = Abstract.iter(iterable);
        for (Object item; (item = Abstract.next(it)) != null; ) {
            double x = asDouble(item);
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) infSum += x;
                special = true;
                specialSum += x;
                continue;
            }
            int i = 0;
            for (double y : partials) {
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) partials.set(i++, lo);
                x = hi;
            }
            while (partials.size() > i) partials.remove(partials.size() - 1);
            partials.add(x);
            if (Double.isInfinite(x)) throw Exceptions.overflowError("intermediate overflow in fsum");
        }
        if (special) {
            if (Double.isNaN(infSum)) throw Exceptions.valueError("-inf + inf in fsum");
            return specialSum;
        }
        int n = partials.size();
        if (n == 0) return 0.0;
        double hi = partials.get(--n);
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials.get(--n);
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0) break;
        }
        // half-way cases: round as the exact sum would
        if (n > 0 && (lo < 0 && partials.get(n - 1) < 0 || lo > 0 && partials.get(n - 1) > 0)) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
        return hi;
    }

    @Function
    static Object prod(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("prod", a, off, n, kw, 1, new String[] {"iterable", "start"}, 1L);
        if (n > 1) throw Exceptions.typeError("prod() takes exactly 1 positional argument (" + n + " given)");
        Object acc = v[1];
        Object it = Abstract.iter(v[0]);
        for (Object item; (item = Abstract.next(it)) != null; ) acc = Abstract.mul(acc, item);
        return acc;
    }

    /**
     * math_sumprod_impl: leading pairs of exact ints are summed in a long while that cannot
     * overflow; pairs of floats (or a float and an int) in triple-length arithmetic rounded once;
     * once a pair leaves either fast path, the rest goes through * and +.
     */
    @Function
    static Object sumprod(Object p, Object q) {
        Object ip = Abstract.iter(p), iq = Abstract.iter(q);
        Object total = 0L;
        boolean intPath = true, floatPath = true;
        long intTotal = 0;
        boolean intInUse = false;
        TripleLength floatTotal = TripleLength.ZERO;
        boolean floatInUse = false;
        while (true) {
            Object x = Abstract.next(ip), y = Abstract.next(iq);
            if ((x == null) != (y == null)) throw Exceptions.valueError("Inputs are not the same length");
            boolean finished = x == null;
            if (intPath) {
                if (!finished && x instanceof Long a && y instanceof Long b) {
                    try {
                        intTotal = Math.addExact(intTotal, Math.multiplyExact(a, b));
                        intInUse = true;
                        continue;
                    } catch (ArithmeticException overflow) {
                        // falls back to the general path below, keeping what was summed
                    }
                }
                intPath = false;
                if (intInUse) total = Abstract.add(total, intTotal);
            }
            if (floatPath) {
                double[] pair = finished ? null : floatPair(x, y);
                if (pair != null) {
                    TripleLength next = floatTotal.fma(pair[0], pair[1]);
                    if (Double.isFinite(next.hi)) {
                        floatTotal = next;
                        floatInUse = true;
                        continue;
                    }
                }
                floatPath = false;
                if (floatInUse) total = Abstract.add(total, floatTotal.toDouble());
            }
            if (finished) return total;
            total = Abstract.add(total, Abstract.mul(x, y));
        }
    }

    /** Two exact floats, or an exact float and an int or bool, as doubles; else null. */
    private static double[] floatPair(Object x, Object y) {
        if (x instanceof Double a && y instanceof Double b) return new double[] {a, b};
        try {
            if (x instanceof Double a && isIntOrBool(y)) return new double[] {a, Floats.toFloat(y)};
            if (y instanceof Double b && isIntOrBool(x)) return new double[] {Floats.toFloat(x), b};
        } catch (PyException tooLarge) {
            return null;
        }
        return null;
    }

    private static boolean isIntOrBool(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** A sum carried as three doubles (Ogita, Rump and Oishi's SumKVert with K=3). */
    private record TripleLength(double hi, double lo, double tiny) {
        static final TripleLength ZERO = new TripleLength(0, 0, 0);

        /** this + x*y, the product split exactly into two doubles by fma. */
        TripleLength fma(double x, double y) {
            double prodHi = x * y, prodLo = Math.fma(x, y, -prodHi);
            double[] sm = twoSum(hi, prodHi), r1 = twoSum(lo, prodLo), r2 = twoSum(r1[0], sm[1]);
            return new TripleLength(sm[0], r2[0], tiny + r1[1] + r2[1]);
        }

        double toDouble() {
            double[] last = twoSum(lo, hi);
            return tiny + last[1] + last[0];
        }

        /** a + b as the rounded sum and its exact error. */
        private static double[] twoSum(double a, double b) {
            double x = a + b, z = x - a;
            return new double[] {x, (a - (x - z)) + (b - z)};
        }
    }

    /** The coordinates of a point as doubles. */
    private static double[] coordinates(Object[] a, int off, int n) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = asDouble(a[off + i]);
        return c;
    }

    /**
     * vector_norm: the coordinates scaled by a power of two so the largest is in [0.5, 1), squared
     * and summed exactly as double-length values (fma gives each product's low half), then one
     * differential correction of the square root, as mathmodule.c does for a correctly rounded result.
     */
    private static double norm(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
            else max = Math.max(max, Math.abs(x));
        }
        if (nan) return Double.NaN;
        if (max == 0 || v.length <= 1) return max;
        return scaledNorm(v, max);
    }

    private static double scaledNorm(double[] v, double max) {
        int maxExp = Math.getExponent(max) + 1; // frexp's exponent
        if (maxExp < -1023) {
            double[] normal = new double[v.length];
            for (int i = 0; i < v.length; i++) normal[i] = v[i] / Double.MIN_NORMAL;
            return Double.MIN_NORMAL * scaledNorm(normal, max / Double.MIN_NORMAL);
        }
        double scale = Math.scalb(1.0, -maxExp);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (double coordinate : v) {
            double x = coordinate * scale;
            double hi = x * x, lo = Math.fma(x, x, -hi);
            double sum = csum + hi;
            frac2 += (csum - sum) + hi;
            csum = sum;
            frac1 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double hi = -h * h, lo = Math.fma(-h, h, -hi);
        double sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    @Function
    static Object hypot(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("math.hypot", kw);
        return norm(coordinates(a, off, n));
    }

    @Function
    static Object dist(Object p, Object q) {
        // any iterable of coordinates, made a tuple (PySequence_Tuple)
        PyTuple tp = PyTuple.fromIterable(p), tq = PyTuple.fromIterable(q);
        if (tp.size() != tq.size()) throw Exceptions.valueError("both points must have the same number of dimensions");
        double[] d = new double[tp.size()];
        for (int i = 0; i < d.length; i++) d[i] = Math.abs(asDouble(tp.get(i)) - asDouble(tq.get(i)));
        return norm(d);
    }
}
