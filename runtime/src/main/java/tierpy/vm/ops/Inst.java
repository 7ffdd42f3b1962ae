package tierpy.vm.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mirrors Python/bytecodes.c: {@code inst(NAME, (inputs -- outputs))}, an instruction with one body:
 * at once an op (named {@code _NAME}, as CPython's uop tables name it) and a macro of that op alone.
 * Same method conventions as {@link Op}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Inst {
    String name();

    String stack();

    Flag[] flags() default {};

    Jump jump() default Jump.NONE;

    /** How the instruction leaves the dispatch loop, if it does. */
    Exit exit() default Exit.NONE;
}
