package tierpy.modules;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import tierpy.objects.Descriptors;
import tierpy.objects.Descriptors.BuiltinFunction;
import tierpy.objects.Exceptions;
import tierpy.objects.PyException;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;

/**
 * Mirrors Python/bltinmodule.c and Python/sysmodule.c's module creation: builds a module from a
 * {@link ModuleDef} class and registers every built-in module with the importer.
 */
public final class Modules {
    private Modules() {}

    private static final List<Class<?>> BUILTIN = List.of(Builtins.class, Sys.class, MathModule.class, RandomModule.class, TimeModule.class,
            AstModule.class, DisModule.class, TemplateLib.class, AnnotationLib.class, OpcodeModule.class,
            tierpy.modules.re.SreModule.class, PosixModule.class, CmathModule.class, TierpyModule.class, LinecacheModule.class);
    private static boolean registered;

    static List<Class<?>> builtinClasses() {
        return BUILTIN;
    }

    /** Registers the built-in modules (idempotent). */
    public static synchronized void init() {
        if (registered) return;
        registered = true;
        for (Class<?> c : BUILTIN) {
            String name = c.getAnnotation(ModuleDef.class).value();
            Imports.registerBuiltin(name, () -> build(c));
        }
    }

    /** The module defined by {@code c}: its functions, then what its {@code init(PyModule)} adds. */
    static PyModule build(Class<?> c) {
        PyModule module = new PyModule(c.getAnnotation(ModuleDef.class).value());
        for (Method m : c.getDeclaredMethods()) {
            Function f = m.getAnnotation(Function.class);
            if (f == null) continue;
            String name = f.value().isEmpty() ? m.getName() : f.value();
            module.dict.setItem(name, function(name, m));
        }
        MethodHandle init;
        try {
            Method m = c.getDeclaredMethod("init", PyModule.class);
            m.setAccessible(true);
            // a direct handle, not Method.invoke: reflection's accessor spins LambdaForm classes
            init = MethodHandles.lookup().unreflect(m);
        } catch (NoSuchMethodException e) {
            return module;  // a module without extra attributes
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        try {
            init.invokeExact(module);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return module;
    }

    private static final MethodType VECTORCALL =
            MethodType.methodType(Object.class, Object[].class, int.class, int.class, String[].class);

    private static BuiltinFunction function(String name, Method m) {
        if (!Modifier.isStatic(m.getModifiers())) throw new IllegalStateException(m + " must be static");
        if (m.getReturnType() == Object.class && Arrays.equals(m.getParameterTypes(), VECTORCALL.parameterArray())) {
            Handle fast = new Handle(m, false);
            return new BuiltinFunction(name, (self, args, off, nargs, kw) -> invoke(fast.get(), args, off, nargs, kw));
        }
        int arity = m.getParameterCount();
        Handle spread = new Handle(m, true);
        BuiltinFunction fn = new BuiltinFunction(name, (self, args, off, nargs, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
            if (nargs != arity) throw arityError(name, arity, nargs);
            Object[] a = new Object[arity];
            System.arraycopy(args, off, a, 0, arity);
            return invokeSpread(spread.get(), a);
        });
        // Fixed positional parameters are what CPython declares METH_NOARGS, METH_O or METH_FASTCALL.
        fn.spec.methFlags = arity == 0 ? Descriptors.METH_NOARGS : arity == 1 ? Descriptors.METH_O : Descriptors.METH_FASTCALL;
        return fn;
    }

    /**
     * A built-in function's method handle, made at its first call: unreflecting and adapting every
     * function of builtins and sys at start-up spun LambdaForm classes (which no AOT cache holds) for
     * functions most programs never call.
     */
    private static final class Handle {
        private final Method method;
        /** Whether the handle takes the arguments as one Object[] (fixed positional parameters). */
        private final boolean spread;
        /** Racy but safe: every thread would make an equivalent handle. */
        private MethodHandle handle;

        Handle(Method method, boolean spread) {
            this.method = method;
            this.spread = spread;
        }

        MethodHandle get() {
            MethodHandle h = handle;
            if (h == null) handle = h = make();
            return h;
        }

        private MethodHandle make() {
            MethodHandle h;
            try {
                method.setAccessible(true);
                h = MethodHandles.lookup().unreflect(method);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (!spread) return h;
            return h.asSpreader(Object[].class, method.getParameterCount()).asType(MethodType.methodType(Object.class, Object[].class));
        }
    }

    /** CPython's messages for METH_NOARGS, METH_O and Argument Clinic's positional checks. */
    static PyException arityError(String name, int arity, int given) {
        return switch (arity) {
            case 0 -> Exceptions.typeError(name + "() takes no arguments (" + given + " given)");
            case 1 -> Exceptions.typeError(name + "() takes exactly one argument (" + given + " given)");
            default -> Exceptions.typeError(name + " expected " + arity + " arguments, got " + given);
        };
    }

    private static Object invoke(MethodHandle h, Object[] args, int off, int nargs, String[] kw) {
        try {
            return (Object) h.invokeExact(args, off, nargs, kw);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static Object invokeSpread(MethodHandle h, Object[] a) {
        try {
            return (Object) h.invokeExact(a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
