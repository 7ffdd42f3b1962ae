package tierpy.modules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A module-level built-in function (a PyMethodDef entry). The static method either takes the
 * vectorcall arguments {@code (Object[] args, int off, int nargs, String[] kwnames)} and checks them
 * itself, or takes a fixed number of {@code Object} parameters, positional only, checked with
 * CPython's messages.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Function {
    /** The Python name; the Java method name when empty. */
    String value() default "";
}
