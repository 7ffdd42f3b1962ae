package tierpy.vm.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mirrors Python/bytecodes.c: {@code op(NAME, (inputs -- outputs))}, one micro-op. The annotated
 * static method is the op's body: its stack inputs are its trailing parameters, in order; its single
 * new output is the return value; a guard (an op with {@link Flag#DEOPT} or {@link Flag#EXIT} and no
 * outputs) returns {@code boolean}, false meaning "deoptimize". Leading parameters are the context:
 * {@link tierpy.vm.Frame}, then an {@link Oparg} int, then one long per named cache entry.
 *
 * <p>The stack effect is written exactly as CPython writes it: {@code "(left, right -- res)"},
 * arrays as {@code args[oparg]}, cache entries as {@code name/size} among the inputs. An input
 * array is passed as the {@code int} index of its first slot in {@code frame.localsplus}; an
 * output array (other than one named {@code null}) as the {@code int} index where the op writes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Op {
    /** CPython's name, as in opcodes.json's {@code uop_ids} (leading underscore for real uops). */
    String name();

    /** Stack effect in CPython's notation, caches included. */
    String stack();

    /** Flags other than HAS_ARG (derived from an {@link Oparg} parameter). */
    Flag[] flags() default {};

    /** How the op moves the instruction pointer. */
    Jump jump() default Jump.NONE;

    /**
     * CPython's {@code specializing op}: Tier 1 only, never part of a uop expansion, run only with
     * specialization on. With a {@code counter/1} cache entry the method is the specializer call: the
     * generated handler runs it when the counter triggers (the method gets no counter parameter),
     * then re-dispatches the instruction, else counts the counter down. Without one, the method runs
     * every time and may return true to re-dispatch.
     */
    boolean specializing() default false;
}
