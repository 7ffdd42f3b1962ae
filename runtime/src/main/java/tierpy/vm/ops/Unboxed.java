package tierpy.vm.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the unboxed variant of an op ({@code long}/{@code double} in and out) that traces use to keep
 * values in JVM locals; it must compute exactly what the boxed op computes for those types.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unboxed {
    /** The op's name. */
    String value();
}
