package tierpy.vm.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mirrors Python/bytecodes.c: {@code macro(NAME) = op1 + unused/1 + op2;}, written the same way:
 * {@code @Macro("BINARY_OP_ADD_INT = _GUARD_TOS_INT + _GUARD_NOS_INT + unused/5 + _BINARY_OP_ADD_INT")}.
 * A part may narrow the oparg it receives, as super-instructions do:
 * {@code _LOAD_FAST(oparg >> 4) + _LOAD_FAST(oparg & 15)}. Declared on the class holding its ops.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Macro.List.class)
public @interface Macro {
    String value();

    /** How the instruction leaves the dispatch loop, if it does. */
    Exit exit() default Exit.NONE;

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Macro[] value();
    }
}
