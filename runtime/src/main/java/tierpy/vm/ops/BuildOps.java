package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyList;
import tierpy.objects.PySet;
import tierpy.objects.PySlice;
import tierpy.objects.PyTuple;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: building containers and strings, unpacking, subscript stores, slices. */
@Macro("BUILD_TUPLE = _BUILD_TUPLE")
@Macro("BUILD_LIST = _BUILD_LIST")
@Macro("BUILD_SET = _BUILD_SET")
@Macro("BUILD_MAP = _BUILD_MAP")
@Macro("BUILD_STRING = _BUILD_STRING")
@Macro("BUILD_SLICE = _BUILD_SLICE")
@Macro("LIST_APPEND = _LIST_APPEND")
@Macro("LIST_EXTEND = _LIST_EXTEND")
@Macro("SET_ADD = _SET_ADD")
@Macro("SET_UPDATE = _SET_UPDATE")
@Macro("MAP_ADD = _MAP_ADD")
@Macro("DICT_UPDATE = _DICT_UPDATE")
@Family(name = "UNPACK_SEQUENCE", members = {"UNPACK_SEQUENCE_TWO_TUPLE", "UNPACK_SEQUENCE_TUPLE", "UNPACK_SEQUENCE_LIST"})
@Family(name = "STORE_SUBSCR", members = {"STORE_SUBSCR_DICT", "STORE_SUBSCR_LIST_INT"})
@Macro("UNPACK_SEQUENCE = _SPECIALIZE_UNPACK_SEQUENCE + _UNPACK_SEQUENCE")
@Macro("UNPACK_SEQUENCE_TWO_TUPLE = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TWO_TUPLE")
@Macro("UNPACK_SEQUENCE_TUPLE = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TUPLE")
@Macro("UNPACK_SEQUENCE_LIST = _GUARD_TOS_LIST + unused/1 + _UNPACK_SEQUENCE_LIST")
@Macro("STORE_SUBSCR = _SPECIALIZE_STORE_SUBSCR + _STORE_SUBSCR")
@Macro("STORE_SUBSCR_LIST_INT = _GUARD_TOS_INT + _GUARD_NOS_LIST + unused/1 + _STORE_SUBSCR_LIST_INT")
@Macro("STORE_SUBSCR_DICT = _GUARD_NOS_DICT + unused/1 + _STORE_SUBSCR_DICT")
@Macro("DELETE_SUBSCR = _DELETE_SUBSCR")
@Macro("BINARY_SLICE = _BINARY_SLICE")
@Macro("STORE_SLICE = _STORE_SLICE")
@Macro("FORMAT_SIMPLE = _FORMAT_SIMPLE")
@Macro("FORMAT_WITH_SPEC = _FORMAT_WITH_SPEC")
@Macro("CONVERT_VALUE = _CONVERT_VALUE")
@Macro("GET_LEN = _GET_LEN")
@Macro("CALL_INTRINSIC_1 = _CALL_INTRINSIC_1")
@Macro("CALL_INTRINSIC_2 = _CALL_INTRINSIC_2")
public final class BuildOps {
    private BuildOps() {}

    @Op(name = "_BUILD_TUPLE", stack = "(values[oparg] -- tup)", flags = {Flag.ERROR, Flag.ERROR_NO_POP})
    public static Object buildTuple(Frame f, @Oparg int oparg, int values) {
        return PyTuple.copyOf(f.localsplus, values, oparg);
    }

    @Op(name = "_BUILD_LIST", stack = "(values[oparg] -- list)", flags = {Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object buildList(Frame f, @Oparg int oparg, int values) {
        Object[] items = new Object[oparg];
        System.arraycopy(f.localsplus, values, items, 0, oparg);
        return new PyList(items);
    }

    @Op(name = "_BUILD_SET", stack = "(values[oparg] -- set)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object buildSet(Frame f, @Oparg int oparg, int values) {
        PySet set = new PySet(Py.SET);
        for (int i = 0; i < oparg; i++) set.add(f.localsplus[values + i]);
        return set;
    }

    @Op(name = "_BUILD_MAP", stack = "(values[oparg*2] -- map)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object buildMap(Frame f, @Oparg int oparg, int values) {
        PyDict map = new PyDict();
        for (int i = 0; i < oparg; i++) map.setItem(f.localsplus[values + 2 * i], f.localsplus[values + 2 * i + 1]);
        return map;
    }

    @Op(name = "_BUILD_STRING", stack = "(pieces[oparg] -- str)", flags = Flag.ERROR)
    public static Object buildString(Frame f, @Oparg int oparg, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < oparg; i++) b.append((String) f.localsplus[pieces + i]);
        return b.toString();
    }

    @Op(name = "_BUILD_SLICE", stack = "(args[oparg] -- slice)", flags = Flag.ERROR)
    public static Object buildSlice(Frame f, @Oparg int oparg, int args) {
        Object[] s = f.localsplus;
        return new PySlice(s[args], s[args + 1], oparg == 3 ? s[args + 2] : Py.None);
    }

    @Op(name = "_LIST_APPEND", stack = "(list, unused[oparg-1], v -- list, unused[oparg-1])", flags = Flag.ERROR)
    public static void listAppend(Object list, Object v) {
        ((PyList) list).append(v);
    }

    @Op(name = "_LIST_EXTEND", stack = "(list_st, unused[oparg-1], iterable_st -- list_st, unused[oparg-1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void listExtend(Object listSt, Object iterableSt) {
        if (Py.type(iterableSt).iter == null && Py.type(iterableSt).getitem == null) {
            throw Exceptions.typeError("Value after * must be an iterable, not " + Py.type(iterableSt).name);
        }
        ((PyList) listSt).extend(iterableSt);
    }

    @Op(name = "_SET_ADD", stack = "(set, unused[oparg-1], v -- set, unused[oparg-1])", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void setAdd(Object set, Object v) {
        ((PySet) set).add(v);
    }

    @Op(name = "_SET_UPDATE", stack = "(set, unused[oparg-1], iterable -- set, unused[oparg-1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void setUpdate(Object set, Object iterable) {
        ((PySet) set).update(iterable);
    }

    @Op(name = "_MAP_ADD", stack = "(dict_st, unused[oparg - 1], key, value -- dict_st, unused[oparg - 1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void mapAdd(Object dictSt, Object key, Object value) {
        ((PyDict) dictSt).setItem(key, value);
    }

    @Op(name = "_DICT_UPDATE", stack = "(dict, unused[oparg - 1], update -- dict, unused[oparg - 1])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static void dictUpdate(Object dict, Object update) {
        if (update instanceof PyDict d) {
            d.forEach(((PyDict) dict)::setItem);
            return;
        }
        if (Abstract.getattrOrNull(update, "keys") == null) {
            throw Exceptions.typeError("'" + Py.type(update).name + "' object is not a mapping");
        }
        Object it = Abstract.mappingKeys(update);
        for (Object k; (k = Abstract.next(it)) != null; ) ((PyDict) dict).setItem(k, Abstract.getitem(update, k));
    }

    @Op(name = "_SPECIALIZE_UNPACK_SEQUENCE", stack = "(counter/1, seq -- seq)", specializing = true)
    public static void specializeUnpackSequence(Frame f, @Oparg int oparg, Object seq) {
        Specializer.unpackSequence(f, oparg, seq);
    }

    /** CPython writes {@code (seq -- val1, val0)}; false (deoptimize) unless the tuple has two items. */
    @Op(name = "_UNPACK_SEQUENCE_TWO_TUPLE", stack = "(seq -- output[oparg])", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static boolean unpackSequenceTwoTuple(Frame f, @Oparg int oparg, Object seq, int output) {
        PyTuple t = (PyTuple) seq;
        if (t.size() != 2) return false;
        f.localsplus[output] = t.get(1);
        f.localsplus[output + 1] = t.get(0);
        return true;
    }

    @Op(name = "_UNPACK_SEQUENCE_TUPLE", stack = "(seq -- output[oparg])", flags = Flag.DEOPT)
    public static boolean unpackSequenceTuple(Frame f, @Oparg int oparg, Object seq, int output) {
        PyTuple t = (PyTuple) seq;
        if (t.size() != oparg) return false;
        for (int i = 0; i < oparg; i++) f.localsplus[output + oparg - 1 - i] = t.get(i);
        return true;
    }

    @Op(name = "_UNPACK_SEQUENCE_LIST", stack = "(seq -- output[oparg])", flags = Flag.DEOPT)
    public static boolean unpackSequenceList(Frame f, @Oparg int oparg, Object seq, int output) {
        PyList l = (PyList) seq;
        if (l.size() != oparg) return false;
        for (int i = 0; i < oparg; i++) f.localsplus[output + oparg - 1 - i] = l.get(i);
        return true;
    }

    /** Pushes the items in reverse, so the first item ends on top (unpack_iterable). */
    @Op(name = "_UNPACK_SEQUENCE", stack = "(seq -- output[oparg])", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void unpackSequence(Frame f, @Oparg int oparg, Object seq, int output) {
        Object[] s = f.localsplus;
        if (seq instanceof PyTuple t && t.size() == oparg) {
            for (int i = 0; i < oparg; i++) s[output + oparg - 1 - i] = t.get(i);
            return;
        }
        if (seq instanceof PyList l && l.size() == oparg) {
            for (int i = 0; i < oparg; i++) s[output + oparg - 1 - i] = l.get(i);
            return;
        }
        Object[] items = Abstract.unpack(seq, oparg);
        for (int i = 0; i < oparg; i++) s[output + oparg - 1 - i] = items[i];
    }

    /** CPython writes {@code (seq -- left[oparg & 0xFF], unused, right[oparg >> 8])}; the items after the star sit lowest. */
    @Inst(name = "UNPACK_EX", stack = "(seq -- after[oparg >> 8], middle, before[oparg & 0xFF])",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object unpackEx(Frame f, @Oparg int oparg, Object seq, int afterAt, int beforeAt) {
        Object[] s = f.localsplus;
        int before = oparg & 0xFF, after = oparg >> 8;
        Object[] items = Abstract.unpackStarred(seq, before, after);
        for (int i = 0; i < after; i++) s[afterAt + i] = items[before + after - i];
        for (int i = 0; i < before; i++) s[beforeAt + i] = items[before - 1 - i];
        return items[before];
    }

    @Op(name = "_SPECIALIZE_STORE_SUBSCR", stack = "(counter/1, container, sub -- container, sub)", specializing = true)
    public static void specializeStoreSubscr(Frame f, Object container, Object sub) {
        Specializer.storeSubscr(f, container, sub);
    }

    /** False (deoptimize) when the index is past the end. */
    @Op(name = "_STORE_SUBSCR_LIST_INT", stack = "(value, list_st, sub_st -- )", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static boolean storeSubscrListInt(Object value, Object list, Object sub) {
        PyList l = (PyList) list;
        if (!(sub instanceof Long i) || i < 0 || i >= l.size()) return false;
        l.set((int) (long) i, value);
        return true;
    }

    @Op(name = "_STORE_SUBSCR_DICT", stack = "(value, dict_st, sub -- )", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void storeSubscrDict(Object value, Object dict, Object sub) {
        ((PyDict) dict).setItem(sub, value);
    }

    @Op(name = "_STORE_SUBSCR", stack = "(v, container, sub -- )", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void storeSubscr(Object v, Object container, Object sub) {
        Abstract.setitem(container, sub, v);
    }

    @Op(name = "_DELETE_SUBSCR", stack = "(container, sub --)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void deleteSubscr(Object container, Object sub) {
        Abstract.delitem(container, sub);
    }

    @Op(name = "_BINARY_SLICE", stack = "(container, start, stop -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object binarySlice(Object container, Object start, Object stop) {
        return Abstract.getitem(container, new PySlice(start, stop, Py.None));
    }

    @Op(name = "_STORE_SLICE", stack = "(v, container, start, stop -- )", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void storeSlice(Object v, Object container, Object start, Object stop) {
        Abstract.setitem(container, new PySlice(start, stop, Py.None), v);
    }

    @Op(name = "_FORMAT_SIMPLE", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object formatSimple(Object value) {
        return value instanceof String ? value : Abstract.format(value, "");
    }

    @Op(name = "_FORMAT_WITH_SPEC", stack = "(value, fmt_spec -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object formatWithSpec(Object value, Object fmtSpec) {
        return Abstract.format(value, (String) fmtSpec);
    }

    @Op(name = "_CONVERT_VALUE", stack = "(value -- result)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object convertValue(@Oparg int oparg, Object value) {
        return switch (oparg) {
            case 1 -> Abstract.str(value);
            case 2 -> Abstract.repr(value);
            default -> Abstract.ascii(value);
        };
    }

    @Op(name = "_GET_LEN", stack = "(obj -- obj, len)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object getLen(Object obj) {
        return Abstract.len(obj);
    }

    /** Include/internal/pycore_intrinsics.h: the one-argument intrinsics. */
    @Op(name = "_CALL_INTRINSIC_1", stack = "(value -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callIntrinsic1(Frame f, @Oparg int oparg, Object value) {
        return switch (oparg) {
            case 1 -> tierpy.vm.Intrinsics.print(value);
            case 2 -> tierpy.vm.Intrinsics.importStar(f, value);
            case 3 -> tierpy.vm.Intrinsics.stopIterationError(f, value);
            case 4 -> new tierpy.vm.PyAsyncGenerator.WrappedValue(value);
            case 5 -> Abstract.pos(value);
            case 6 -> PyTuple.of(((PyList) value).toArray());
            default -> throw Exceptions.raise(Exceptions.SystemError, "tierpy: intrinsic "
                    + tierpy.code.Opcodes.INTRINSIC_1[oparg] + " is not implemented yet");
        };
    }

    /** Include/internal/pycore_intrinsics.h: the two-argument intrinsics. */
    @Op(name = "_CALL_INTRINSIC_2", stack = "(value2, value1 -- res)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object callIntrinsic2(@Oparg int oparg, Object value2, Object value1) {
        if (oparg == 1) return tierpy.objects.ExceptionAttrs.prepReraiseStar(value2, value1);
        throw Exceptions.raise(Exceptions.SystemError, "tierpy: intrinsic "
                + tierpy.code.Opcodes.INTRINSIC_2[oparg] + " is not implemented yet");
    }
}
