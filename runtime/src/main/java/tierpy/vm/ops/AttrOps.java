package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.Wrappers;
import tierpy.vm.Frame;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: LOAD_ATTR (including method loads), STORE_ATTR and DELETE_ATTR. */
@Macro("LOAD_ATTR = _SPECIALIZE_LOAD_ATTR + unused/8 + _LOAD_ATTR")
@Macro("STORE_ATTR = _SPECIALIZE_STORE_ATTR + unused/3 + _STORE_ATTR")
@Macro("DELETE_ATTR = _DELETE_ATTR")
@Macro("LOAD_SUPER_ATTR = _SPECIALIZE_LOAD_SUPER_ATTR + _LOAD_SUPER_ATTR")
public final class AttrOps {
    private AttrOps() {}

    @Op(name = "_SPECIALIZE_LOAD_ATTR", stack = "(counter/1, owner -- owner)", specializing = true)
    public static void specializeLoadAttr(Frame f, @Oparg int oparg, Object owner) {
        Specializer.noSpecializer(f);
    }

    /**
     * With oparg bit 0 set (a method call follows) a bound method is split into function and self,
     * as _PyObject_GetMethod leaves them, so CALL needs no bound-method object.
     */
    @Op(name = "_LOAD_ATTR", stack = "(owner -- attr, self_or_null[oparg & 1])",
            flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadAttr(Frame f, @Oparg int oparg, Object owner, int selfOrNull) {
        Object attr = Abstract.getattr(owner, f.code.names[oparg >> 1]);
        if ((oparg & 1) == 0) return attr;
        if (attr instanceof Wrappers.Method m && m.self == owner) {
            f.localsplus[selfOrNull] = owner;
            return m.func;
        }
        f.localsplus[selfOrNull] = null;
        return attr;
    }

    /** The owner's type still has the version tag the specializer saw (its MRO and dict are unchanged). */
    @Op(name = "_GUARD_TYPE_VERSION", stack = "(type_version/2, owner -- owner)", flags = Flag.EXIT)
    public static boolean guardTypeVersion(long typeVersion, Object owner) {
        return Py.type(owner).currentVersionTag() == typeVersion;
    }

    @Op(name = "_SPECIALIZE_STORE_ATTR", stack = "(counter/1, owner -- owner)", specializing = true)
    public static void specializeStoreAttr(Frame f, @Oparg int oparg, Object owner) {
        Specializer.noSpecializer(f);
    }

    @Op(name = "_STORE_ATTR", stack = "(v, owner --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void storeAttr(Frame f, @Oparg int oparg, Object v, Object owner) {
        Abstract.setattr(owner, f.code.names[oparg], v);
    }

    @Op(name = "_DELETE_ATTR", stack = "(owner --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void deleteAttr(Frame f, @Oparg int oparg, Object owner) {
        Abstract.delattr(owner, f.code.names[oparg]);
    }

    @Op(name = "_SPECIALIZE_LOAD_SUPER_ATTR", stack = "(counter/1, global_super, class, unused -- global_super, class, unused)",
            specializing = true)
    public static void specializeLoadSuperAttr(Frame f, @Oparg int oparg, Object globalSuper, Object cls) {
        Specializer.noSpecializer(f);
    }

    /** {@code super().name}: oparg is (name index << 2) | (two-argument form << 1) | method load. */
    @Op(name = "_LOAD_SUPER_ATTR", stack = "(global_super, class, self -- attr, null[oparg & 1])",
            flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadSuperAttr(Frame f, @Oparg int oparg, Object globalSuper, Object cls, Object self) {
        Object sup = Abstract.call(globalSuper, cls, self);
        return Abstract.getattr(sup, f.code.names[oparg >> 2]);
    }
}
