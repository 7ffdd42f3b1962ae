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

    /** complex_new: complex(), complex("1+2j"), complex(re, im) with complex parts allowed. */
    static PyComplex construct(Object real, Object imag) {
        if (real instanceof String str) {
            if (imag != null) throw Exceptions.typeError("complex() can't take second arg if first is a string");
            return parse(str);
        }
        PyComplex r = real == null ? new PyComplex(0, 0) : argument(real, true);
        if (r == null) {
            throw Exceptions.typeError("complex() first argument must be a string or a number, not '"
                    + Py.type(real).name + "'");
        }
        if (imag == null) return r;
        if (imag instanceof String) {
            throw Exceptions.typeError("complex() second argument must be a number, not 'str'");
        }
        PyComplex i = argument(imag, false);
        if (i == null) {
            throw Exceptions.typeError("complex() second argument must be a number, not '" + Py.type(imag).name + "'");
        }
        // only complex parts contribute cross terms, so complex(0, -0.0) keeps its -0.0
        double re = imag instanceof PyComplex ? r.real - i.imag : r.real;
        boolean realIsComplex = real instanceof PyComplex || Py.type(real).lookup("__complex__") != null;
        double im = realIsComplex ? i.real + r.imag : i.real;
        return new PyComplex(re, im);
    }

    /**
     * A complex() argument as a complex: through __complex__ (first argument only), else as a
     * float through __float__ or __index__ (try_complex_special_method, PyFloat_AsDouble); null
     * when it is none of these.
     */
    private static PyComplex argument(Object x, boolean first) {
        PyComplex c = operand(x);
        if (c != null) return c;
        PyType t = Py.type(x);
        Object special = first ? t.lookup("__complex__") : null;
        if (special != null) {
            Object r = Abstract.callBound(special, x);
            if (r instanceof PyComplex result) return result;
            if (r instanceof PyInstance inst && inst.payload instanceof PyComplex result) return result;
            throw Exceptions.typeError("__complex__ returned non-complex (type " + Py.type(r).name + ")");
        }
        return t.asFloat != null || t.index != null ? new PyComplex(Floats.toFloat(x), 0) : null;
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
        if (o instanceof PyComplex c) return c;
        Double d = Floats.operand(o);
        return d == null ? null : new PyComplex(d, 0.0);
    }

    /** _Py_c_pow. */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) return new PyComplex(1, 0);
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) throw Exceptions.zeroDivision("zero to a negative power");
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
        t.nb[BinOp.MULTIPLY.ordinal()] = slot((a, b) -> new PyComplex(a.real * b.real - a.imag * b.imag,
                a.real * b.imag + a.imag * b.real));
        t.nb[BinOp.TRUE_DIVIDE.ordinal()] = slot(PyComplex::div);
        t.nb[BinOp.POWER.ordinal()] = slot(PyComplex::pow);
        t.neg = v -> new PyComplex(-((PyComplex) v).real, -((PyComplex) v).imag);
        t.pos = v -> v;
        t.abs = v -> {
            double r = Math.hypot(((PyComplex) v).real, ((PyComplex) v).imag);
            if (Double.isInfinite(r) && !Double.isInfinite(((PyComplex) v).real)
                    && !Double.isInfinite(((PyComplex) v).imag)) {
                throw Exceptions.overflowError("absolute value too large");
            }
            return r;
        };
        t.bool = v -> ((PyComplex) v).real != 0 || ((PyComplex) v).imag != 0;
        t.repr = v -> repr((PyComplex) v);
        t.hash = v -> {
            PyComplex c = (PyComplex) v;
            long h = Floats.hash(c.real, v) + IMAG_MULT * Floats.hash(c.imag, v);
            return h == -1 ? -2 : h;
        };
        t.richcompare = (v, w, op) -> {
            if (op != CmpOp.EQ && op != CmpOp.NE) return Py.NotImplemented;
            PyComplex a = (PyComplex) v;
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
            PyComplex c = construct(p[0], p[1]);
            if (type == Py.COMPLEX) return c;
            PyInstance inst = new PyInstance(type);
            inst.payload = c;
            return inst;
        };
        Def.getter(t, "real", v -> ((PyComplex) v).real);
        Def.getter(t, "imag", v -> ((PyComplex) v).imag);
        Def.method1(t, "__format__", (self, spec) -> Format.builtin(self, spec, (v, sp) -> Format.formatComplex((PyComplex) v, sp)));
        Def.method0(t, "conjugate", v -> new PyComplex(((PyComplex) v).real, -((PyComplex) v).imag));
    }
}
