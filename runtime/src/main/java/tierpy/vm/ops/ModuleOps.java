package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;
import tierpy.vm.Frame;
import tierpy.vm.Imports;

/** Mirrors Python/bytecodes.c: class creation, imports and annotations setup. */
@Macro("LOAD_BUILD_CLASS = _LOAD_BUILD_CLASS")
@Macro("IMPORT_NAME = _IMPORT_NAME")
@Macro("IMPORT_FROM = _IMPORT_FROM")
@Macro("SETUP_ANNOTATIONS = _SETUP_ANNOTATIONS")
public final class ModuleOps {
    private ModuleOps() {}

    @Op(name = "_LOAD_BUILD_CLASS", stack = "(-- bc)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object loadBuildClass(Frame f) {
        Object bc = f.builtins.getItemOrNull("__build_class__");
        if (bc == null) throw Exceptions.raise(Exceptions.NameError, "__build_class__ not found");
        return bc;
    }

    @Op(name = "_IMPORT_NAME", stack = "(level, fromlist -- res)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object importName(Frame f, @Oparg int oparg, Object level, Object fromlist) {
        return Imports.importName(f, f.code.names[oparg], fromlist, (int) Abstract.asIndex(level));
    }

    @Op(name = "_IMPORT_FROM", stack = "(from -- from, res)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object importFrom(Frame f, @Oparg int oparg, Object from) {
        return Imports.importFrom(from, f.code.names[oparg]);
    }

    @Op(name = "_SETUP_ANNOTATIONS", stack = "(--)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static void setupAnnotations(Frame f) {
        if (f.locals == null) throw Exceptions.raise(Exceptions.SystemError, "no locals found when setting up annotations");
        if (f.locals instanceof PyDict d) {
            if (d.getItemOrNull("__annotations__") == null) d.setItem("__annotations__", new PyDict());
        } else {
            Abstract.setitem(f.locals, "__annotations__", new PyDict());
        }
    }
}
