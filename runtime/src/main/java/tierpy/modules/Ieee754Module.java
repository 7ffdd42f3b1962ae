package tierpy.modules;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Floats;
import tierpy.objects.PyBytes;
import tierpy.objects.PyList;

/**
 * {@code _tierpy_ieee754}: runs of floats to and from the IEEE 754 binary16/32/64 encodings, for
 * struct.py and array.py, as PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8 compute them: round half
 * to even, NaNs keep their sign and become quiet, and a finite value that rounds past the largest
 * finite one overflows.
 */
@ModuleDef("_tierpy_ieee754")
public final class Ieee754Module {
    private Ieee754Module() {}

    /** pack(floats, size, code, little): the concatenated size-byte encodings of the floats. */
    @Function
    static Object pack(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("pack", kw);
        if (n != 4) throw Modules.arityError("pack", 4, n);
        int size = (int) Abstract.asSsize(a[off + 1], true);
        String code = String.valueOf(a[off + 2]);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ByteBuffer item = ByteBuffer.allocate(size).order(order(a[off + 3]));
        Object it = Abstract.iter(a[off]);
        for (Object v; (v = Abstract.next(it)) != null; ) {
            double d = Floats.value(v);
            item.clear();
            switch (size) {
                case 2 -> item.putShort(half(d, code));
                case 4 -> {
                    float f = (float) d;
                    if (Float.isInfinite(f) && Double.isFinite(d)) throw tooLarge(code);
                    item.putFloat(f);
                }
                default -> item.putDouble(d);
            }
            out.write(item.array(), 0, size);
        }
        return PyBytes.bytes(out.toByteArray());
    }

    /** unpack(data, size, little): the floats of a run of size-byte encodings. */
    @Function
    static Object unpack(Object data, Object size, Object little) {
        byte[] bytes = PyBytes.bytesOrNull(data);
        if (bytes == null) throw Exceptions.typeError("unpack() needs bytes");
        int width = (int) Abstract.asSsize(size, true);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(order(little));
        PyList out = new PyList();
        for (int i = 0; i + width <= bytes.length; i += width) {
            double d = switch (width) {
                case 2 -> Float.float16ToFloat(in.getShort(i));
                case 4 -> in.getFloat(i);
                default -> in.getDouble(i);
            };
            out.append(d);
        }
        return out;
    }

    private static ByteOrder order(Object little) {
        return Abstract.isTrue(little) ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** PyFloat_Pack2: binary16 of d, rounded once (half to even) from the double. */
    private static short half(double d, String code) {
        int sign = Double.doubleToRawLongBits(d) < 0 ? 0x8000 : 0;
        if (Double.isNaN(d)) return (short) (sign | 0x7e00);
        double a = Math.abs(d);
        if (Double.isInfinite(a)) return (short) (sign | 0x7c00);
        int e = Math.getExponent(a);
        if (e < -14) {
            // subnormal: a whole number of 2**-24 units; 0x400 units is the smallest normal
            return (short) (sign | (long) Math.rint(Math.scalb(a, 24)));
        }
        long significand = (long) Math.rint(Math.scalb(a, 10 - e));
        if (significand == 2048) {
            significand = 1024;
            e++;
        }
        if (e > 15) throw tooLarge(code);
        return (short) (sign | ((e + 15) << 10) | (significand - 1024));
    }

    private static tierpy.objects.PyException tooLarge(String code) {
        return Exceptions.overflowError("float too large to pack with " + code + " format");
    }
}
