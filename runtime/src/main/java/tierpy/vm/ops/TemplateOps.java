package tierpy.vm.ops;

import tierpy.modules.TemplateLib;

/** Mirrors Python/bytecodes.c: BUILD_INTERPOLATION and BUILD_TEMPLATE (PEP 750 t-strings). */
@Macro("BUILD_INTERPOLATION = _BUILD_INTERPOLATION")
@Macro("BUILD_TEMPLATE = _BUILD_TEMPLATE")
public final class TemplateOps {
    private TemplateOps() {}

    @Op(name = "_BUILD_INTERPOLATION", stack = "(value, str, format[oparg & 1] -- interpolation)",
            flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object buildInterpolation(tierpy.vm.Frame f, @Oparg int oparg, Object value, Object str, int format) {
        Object spec = (oparg & 1) != 0 ? f.localsplus[format] : null;
        return TemplateLib.buildInterpolation(value, str, oparg >> 2, spec);
    }

    @Op(name = "_BUILD_TEMPLATE", stack = "(strings, interpolations -- template)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object buildTemplate(Object strings, Object interpolations) {
        return TemplateLib.buildTemplate(strings, interpolations);
    }
}
