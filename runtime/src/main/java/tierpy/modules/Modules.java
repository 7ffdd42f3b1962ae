package tierpy.modules;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

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
            tierpy.modules.re.SreModule.class, PosixModule.class, CmathModule.class, TierpyModule.class, LinecacheModule.class,
            TracebackHelpers.class);
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
        // Fixed positional parameters are what CPython declares METH_NOARGS, METH_O or METH_FASTCALL.
        int arity = m.getParameterCount();
        switch (arity) {
            case 0 -> {
                Direct<Supplier<Object>> direct = new Direct<>(m, Supplier.class);
                return BuiltinFunction.noArgs(name, self -> direct.target().get());
            }
            case 1 -> {
                Direct<java.util.function.Function<Object, Object>> direct = new Direct<>(m, java.util.function.Function.class);
                return BuiltinFunction.oneArg(name, (self, arg) -> direct.target().apply(arg));
            }
            case 2 -> {
                Direct<BiFunction<Object, Object, Object>> direct = new Direct<>(m, BiFunction.class);
                return fastCall(name, arity, (args, off) -> direct.target().apply(args[off], args[off + 1]));
            }
            default -> {
                Handle spread = new Handle(m, true);
                return fastCall(name, arity, (args, off) -> invokeSpread(spread.get(), Arrays.copyOfRange(args, off, off + arity)));
            }
        }
    }

    /** A METH_FASTCALL function of {@code arity} positional arguments, checked as Argument Clinic does. */
    private static BuiltinFunction fastCall(String name, int arity, Positional call) {
        BuiltinFunction fn = new BuiltinFunction(name, (self, args, off, nargs, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError(name + "() takes no keyword arguments");
            if (nargs != arity) throw arityError(name, arity, nargs);
            return call.call(args, off);
        });
        fn.spec.methFlags = Descriptors.METH_FASTCALL;
        return fn;
    }

    /** The positional arguments of a call, from {@code off} in {@code args}. */
    @FunctionalInterface
    private interface Positional {
        Object call(Object[] args, int off);
    }

    /**
     * A static function as an instance of a functional interface whose class calls it directly (what
     * LambdaMetafactory makes of a method reference), so a call costs an interface call rather than a
     * spreading MethodHandle invocation. Made on the first call: start-up defines no class for functions
     * never called. Racing first calls both bind; either result serves.
     */
    private static final class Direct<T> {
        private final Method method;
        private final Class<?> iface;
        private T target;

        Direct(Method method, Class<?> iface) {
            this.method = method;
            this.iface = iface;
        }

        T target() {
            T t = target;
            if (t == null) target = t = bind();
            return t;
        }

        @SuppressWarnings("unchecked")
        private T bind() {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup());
                MethodHandle h = lookup.unreflect(method);
                Method sam = Arrays.stream(iface.getMethods()).filter(x -> Modifier.isAbstract(x.getModifiers())).findFirst().orElseThrow();
                CallSite site = LambdaMetafactory.metafactory(lookup, sam.getName(), MethodType.methodType(iface),
                        h.type().erase(), h, h.type());
                return (T) site.getTarget().invoke();
            } catch (Throwable t) {
                throw new IllegalStateException("cannot bind " + method, t);
            }
        }
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
