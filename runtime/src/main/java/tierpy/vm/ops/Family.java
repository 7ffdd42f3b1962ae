package tierpy.vm.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mirrors Python/bytecodes.c: {@code family(BASE, INLINE_CACHE_ENTRIES_BASE) = { MEMBER, ... };}.
 * The base instruction is the generic form every member deoptimizes to. Declared on the class
 * holding the base instruction.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Family.List.class)
public @interface Family {
    String name();

    String[] members();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Family[] value();
    }
}
