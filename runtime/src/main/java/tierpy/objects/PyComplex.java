package tierpy.objects;

/**
 * Mirrors Objects/complexobject.c: complex numbers (arithmetic, _Py_c_pow, repr via
 * the float repr of each part, hash combining the parts' hashes).
 */
public final class PyComplex extends PyObject {
    public final double real, imag;
    private static final long IMAG_MULT = 1000003L;

    public PyComplex(double real, double imag) {
        super(Py.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    /** The complex value of o (complex or complex subclass instance), else null. */
    static PyComplex value(Object o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyInstance i && i.payload instanceof PyComplex c) return c;
        return null;
    }

    /**
     * Objects/complexobject.c (3.14): complex(x) alone takes a string, __complex__, a complex or
     * a real number (actual_complex_new); otherwise real and imag must be real numbers, a
     * complex one being deprecated (complex_new_impl).
     */
    static PyComplex construct(Object real, Object imag, boolean onlyPositional) {
        if (onlyPositional && imag == null) {
            if (real == null) return new PyComplex(0, 0);
            String str = Strs.value(real);
            if (str != null) return parse(str);
            PyComplex c = complexOrReal(real);
            if (c == null) {
                throw Exceptions.typeError("complex() argument must be a string or a number, not " + Py.type(real).name);
            }
            return c;
        }
        PyComplex r = new PyComplex(0, 0);
        boolean realIsComplex = false;
        if (real != null) {
            PyComplex special = real instanceof String ? null : complexSpecial(real);
            Object v = special != null ? special : real;
            realIsComplex = value(v) != null;
            if (realIsComplex && !isReal(real)) deprecatedComplex("real", real);
            r = realIsComplex ? value(v) : new PyComplex(realPart("real", v), 0);
        }
        if (imag == null) return r;
        PyComplex i = value(imag);
        if (i != null) {
            deprecatedComplex("imag", imag);
        } else {
            i = new PyComplex(realPart("imag", imag), 0);
        }
        // only complex parts contribute cross terms, so complex(0, -0.0) keeps its -0.0
        double re = value(imag) != null ? r.real - i.imag : r.real;
        double im = realIsComplex ? i.real + r.imag : i.real;
        return new PyComplex(re, im);
    }

    /** __complex__, a complex, or a real number as a complex; null for anything else. */
    private static PyComplex complexOrReal(Object o) {
        PyComplex special = complexSpecial(o);
        if (special != null) return special;
        PyComplex c = value(o);
        if (c != null) return c;
        return isReal(o) ? new PyComplex(Floats.toFloat(o), 0) : null;
    }

    /** try_complex_special_method: the result of o.__complex__(), or null without one. */
    private static PyComplex complexSpecial(Object o) {
        if (o instanceof PyComplex) return null;
        Object r = Abstract.callMethodOrNull(o, "__complex__");
        if (r == null) return null;
        PyComplex c = value(r);
        if (c == null) {
            throw Exceptions.typeError("__complex__ returned non-complex (type " + Py.type(r).name + ")");
        }
        return c;
    }

    /** Whether o's type has nb_float or nb_index. */
    private static boolean isReal(Object o) {
        return Floats.value(o) != null || Ints.value(o) != null || Py.type(o).asFloat != null || Py.type(o).index != null;
    }

    private static double realPart(String argument, Object o) {
        if (!isReal(o)) {
            throw Exceptions.typeError("complex() argument '" + argument + "' must be a real number, not " + Py.type(o).name);
        }
        return Floats.toFloat(o);
    }

    private static void deprecatedComplex(String argument, Object o) {
        Exceptions.warn(Exceptions.DeprecationWarning, "complex() argument '" + argument
                + "' must be a real number, not " + Py.type(o).name, 1);
    }

    private static final String NUM = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)"
            + "(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)";
    private static final java.util.regex.Pattern COMPLEX = java.util.regex.Pattern.compile(
            "([+-]?" + NUM + ")?(?:([+-]?)(" + NUM + ")?[jJ])?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** complex_from_string_inner. */
    static PyComplex parse(String original) {
        String s = Ints.asciiDigits(original).strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        java.util.regex.Matcher m = COMPLEX.matcher(s);
        if (s.isEmpty() || !m.matches()) throw Exceptions.valueError("complex() arg is a malformed string");
        String re = m.group(1), sign = m.group(2), im = m.group(3);
        boolean hasImag = s.endsWith("j") || s.endsWith("J");
        if (!hasImag) return new PyComplex(Floats.parse(re), 0);
        if (re != null && sign.isEmpty() && im == null) {
            // "1j" style: the whole number before j is the imaginary part
            return new PyComplex(0, Floats.parse(re));
        }
        if (re != null && sign.isEmpty()) throw Exceptions.valueError("complex() arg is a malformed string");
        double imag = im == null ? 1.0 : Floats.parse(im);
        if (sign.equals("-")) imag = -imag;
        return new PyComplex(re == null ? 0 : Floats.parse(re), imag);
    }

    /** complex or real operand, or null (NotImplemented). */
    static PyComplex operand(Object o) {
        PyComplex c = value(o);
        if (c != null) return c;
        Double d = Floats.operand(o);
        return d == null ? null : new PyComplex(d, 0.0);
    }

    /**
     * complex_pow: small integral exponents by repeated multiplication (c_powi), others by
     * _Py_c_pow; an infinite part is an overflow.
     */
    static PyComplex pow(PyComplex a, PyComplex b) {
        boolean integral = b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100;
        PyComplex p = integral ? powi(a, (long) b.real) : cpow(a, b);
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) throw Exceptions.overflowError("complex exponentiation");
        return p;
    }

    private static PyComplex powi(PyComplex x, long n) {
        if (n >= 0) return powu(x, n);
        PyComplex d = powu(x, -n);
        if (d.real == 0 && d.imag == 0) throw Exceptions.zeroDivision("zero to a negative or complex power");
        return div(new PyComplex(1, 0), d);
    }

    /** c_powu: binary exponentiation, the multiplications in CPython's order. */
    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = prod(r, p);
            p = prod(p, p);
        }
        return r;
    }

    static PyComplex prod(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** _Py_c_pow. */
    private static PyComplex cpow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) return new PyComplex(1, 0);
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) throw Exceptions.zeroDivision("zero to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** _Py_c_quot's message as cmath reports it. */
    public static PyComplex quotient(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) throw Exceptions.zeroDivision("complex division by zero");
        return div(a, b);
    }

    static PyComplex div(PyComplex a, PyComplex b) {
        double abs_breal = Math.abs(b.real), abs_bimag = Math.abs(b.imag);
        if (abs_breal >= abs_bimag) {
            if (abs_breal == 0.0) throw Exceptions.zeroDivision("division by zero");
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
        return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }

    static String part(double d) {
        String r = FloatFormat.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** complex_repr: "1j", "(1+2j)", "(-0-1j)". */
    static String repr(PyComplex c) {
        if (c.real == 0 && Double.doubleToRawLongBits(c.real) == 0) return part(c.imag) + "j";
        String im = part(c.imag);
        if (!im.startsWith("-")) im = "+" + im;
        return "(" + part(c.real) + im + "j)";
    }

    private interface ComplexOp { Object apply(PyComplex a, PyComplex b); }

    private static Slots.Binary slot(ComplexOp op) {
        return (v, w) -> {
            PyComplex a = operand(v), b = operand(w);
            if (a == null || b == null) return Py.NotImplemented;
            return op.apply(a, b);
        };
    }

    static void install() {
        PyType t = Py.COMPLEX;
        t.nb[BinOp.ADD.ordinal()] = slot((a, b) -> new PyComplex(a.real + b.real, a.imag + b.imag));
        t.nb[BinOp.SUBTRACT.ordinal()] = slot((a, b) -> new PyComplex(a.real - b.real, a.imag - b.imag));
        t.nb[BinOp.MULTIPLY.ordinal()] = slot(PyComplex::prod);
        t.nb[BinOp.TRUE_DIVIDE.ordinal()] = slot(PyComplex::div);
        t.nb[BinOp.POWER.ordinal()] = slot(PyComplex::pow);
        t.neg = v -> new PyComplex(-value(v).real, -value(v).imag);
        t.pos = v -> v;
        t.abs = v -> {
            double r = Math.hypot(value(v).real, value(v).imag);
            if (Double.isInfinite(r) && !Double.isInfinite(value(v).real)
                    && !Double.isInfinite(value(v).imag)) {
                throw Exceptions.overflowError("absolute value too large");
            }
            return r;
        };
        t.bool = v -> value(v).real != 0 || value(v).imag != 0;
        t.repr = v -> repr(value(v));
        t.hash = v -> {
            PyComplex c = value(v);
            long h = Floats.hash(c.real, v) + IMAG_MULT * Floats.hash(c.imag, v);
            return h == -1 ? -2 : h;
        };
        t.richcompare = (v, w, op) -> {
            if (op != CmpOp.EQ && op != CmpOp.NE) return Py.NotImplemented;
            PyComplex a = value(v);
            PyComplex b = operand(w);
            if (b == null) return Py.NotImplemented;
            boolean eq;
            if (!(w instanceof PyComplex) && Ints.value(w) != null) {
                eq = a.imag == 0 && Floats.compareWithInt(a.real, Ints.value(w), CmpOp.EQ);
            } else {
                eq = a.real == b.real && a.imag == b.imag;
            }
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        t.tpNew = (type, a, off, n, kw) -> {
            Object[] p = Args.bind("complex", a, off, n, kw, new String[] {"real", "imag"}, 2, 0);
            PyComplex c = construct(p[0], p[1], kw == null || kw.length == 0);
            if (type == Py.COMPLEX) return c;
            PyInstance inst = new PyInstance(type);
            inst.payload = c;
            return inst;
        };
        Def.getter(t, "real", v -> value(v).real);
        Def.getter(t, "imag", v -> value(v).imag);
        Def.method0(t, "conjugate", v -> new PyComplex(value(v).real, -value(v).imag));
        Def.method0(t, "__complex__", v -> new PyComplex(value(v).real, value(v).imag));
        Def.method1(t, "__format__", (self, spec) -> Format.builtin(self, spec,
                (v, sp) -> Format.formatComplex(value(v).real, value(v).imag, sp)));
        // 3.14: a number only, never a string (PyComplex_AsCComplex)
        Def.classMethod1(t, "from_number", (cls, number) -> {
            PyComplex c = complexOrReal(number);
            if (c == null) throw Exceptions.typeError("must be real number, not " + Py.type(number).name);
            return cls == Py.COMPLEX ? c : Abstract.call(cls, c);
        });
    }
}
