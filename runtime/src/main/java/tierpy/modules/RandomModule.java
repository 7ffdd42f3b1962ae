package tierpy.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Ints;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyObject;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;

/**
 * Mirrors Modules/_randommodule.c: the Mersenne Twister MT19937 (genrand_uint32, init_by_array,
 * random_seed, random_random, getrandbits, getstate/setstate). Lib/random.py (our
 * resources/tierpy/lib/random.py) builds the Random class on these functions.
 */
@ModuleDef("_random")
public final class RandomModule {
    private RandomModule() {}

    private static final int N = 624, M = 397;

    static final PyType STATE = PyType.newHeapType(Py.TYPE, "MersenneTwister", new PyType[] {Py.OBJECT},
            Map.of("__module__", "_random", "__qualname__", "MersenneTwister"), null, null);

    static {
        STATE.acceptableBase = false;
        STATE.init = null;
    }

    /** One generator's state: the 624 words and the position in them. */
    static final class State extends PyObject {
        final int[] mt = new int[N];
        int index = N + 1;

        State() {
            super(STATE);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** genrand_uint32 as an unsigned value in an int. */
        int next32() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * 0x9908b0df);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            return y ^ (y >>> 18);
        }

        double random() {
            long a = (next32() >>> 5) & 0x7ffffffL, b = (next32() >>> 6) & 0x3ffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }
    }

    private static State state(Object o) {
        if (o instanceof State s) return s;
        throw Exceptions.typeError("expected a MersenneTwister state, not " + Py.type(o).name);
    }

    @Function
    static Object new_state() {
        return new State();
    }

    /** random_seed: ints by their absolute value's 32-bit words; str/bytes via sha512; others by hash. */
    @Function
    static Object seed(Object s, Object a) {
        State st = state(s);
        BigInteger n;
        if (a == Py.None) {
            byte[] entropy = new byte[N * 4];
            new SecureRandom().nextBytes(entropy);
            n = new BigInteger(1, entropy);
        } else if (a instanceof String || a instanceof PyBytes) {
            byte[] data = a instanceof String str ? str.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).toArray();
            byte[] digest;
            try {
                digest = MessageDigest.getInstance("SHA-512").digest(data);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            byte[] all = new byte[data.length + digest.length];
            System.arraycopy(data, 0, all, 0, data.length);
            System.arraycopy(digest, 0, all, data.length, digest.length);
            n = new BigInteger(1, all);
        } else if (Ints.value(a) != null) {
            Object i = Ints.value(a);
            n = (i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i).abs();
        } else {
            long h = Abstract.hash(a);
            n = BigInteger.valueOf(h);
            if (h < 0) n = n.add(BigInteger.ONE.shiftLeft(64));
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        st.initByArray(key);
        return Py.None;
    }

    @Function
    static Object random(Object s) {
        return state(s).random();
    }

    @Function
    static Object getrandbits(Object s, Object k) {
        State st = state(s);
        long bits = Abstract.asSsize(k, true);
        if (bits < 0) throw Exceptions.valueError("number of bits must be non-negative");
        if (bits == 0) return 0L;
        if (bits <= 32) return (st.next32() & 0xffffffffL) >>> (32 - bits);
        if (bits <= 63) {
            long lo = st.next32() & 0xffffffffL;
            long hi = (st.next32() & 0xffffffffL) >>> (64 - bits);
            return lo | (hi << 32);
        }
        int words = (int) ((bits - 1) / 32 + 1);
        byte[] big = new byte[words * 4];
        long remaining = bits;
        for (int i = 0; i < words; i++, remaining -= 32) {
            long r = st.next32() & 0xffffffffL;
            if (remaining < 32) r >>>= 32 - remaining;
            int at = big.length - 4 * (i + 1);
            big[at] = (byte) (r >>> 24);
            big[at + 1] = (byte) (r >>> 16);
            big[at + 2] = (byte) (r >>> 8);
            big[at + 3] = (byte) r;
        }
        return Py.of(new BigInteger(1, big));
    }

    /** os.urandom's bytes, for SystemRandom. */
    @Function
    static Object urandom(Object n) {
        long size = Abstract.asSsize(n, true);
        if (size < 0) throw Exceptions.valueError("negative argument not allowed");
        byte[] data = new byte[(int) size];
        new SecureRandom().nextBytes(data);
        return PyBytes.bytes(data);
    }

    /** The 624 words and the index, as random_getstate's tuple. */
    @Function
    static Object getstate(Object s) {
        State st = state(s);
        Object[] items = new Object[N + 1];
        for (int i = 0; i < N; i++) items[i] = st.mt[i] & 0xffffffffL;
        items[N] = (long) st.index;
        return PyTuple.of(items);
    }

    @Function
    static Object setstate(Object s, Object tuple) {
        State st = state(s);
        if (!(tuple instanceof PyTuple t)) throw Exceptions.typeError("state vector must be a tuple");
        if (t.size() != N + 1) throw Exceptions.valueError("state vector is the wrong size");
        for (int i = 0; i < N; i++) st.mt[i] = (int) Abstract.asSsize(Abstract.and(t.get(i), 0xffffffffL), true);
        long index = Abstract.asSsize(t.get(N), true);
        if (index < 0 || index > N) throw Exceptions.valueError("invalid state");
        st.index = (int) index;
        return Py.None;
    }
}
