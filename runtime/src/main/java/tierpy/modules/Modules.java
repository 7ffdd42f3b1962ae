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
            TracebackHelpers.class, OpcodeMetadataModule.class, GcModule.class, WeakrefModule.class, Ieee754Module.class,
            UnicodedataModule.class);
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
            BuiltinFunction fn = function(module.name(), name, m);
            fn.spec.module = module.name();
            module.dict.setItem(name, fn);
        }
        MethodHandle init;
        try {
            // a direct handle, not Method.invoke: reflection's accessor spins LambdaForm classes
            init = unreflect(c.getDeclaredMethod("init", PyModule.class));
        } catch (NoSuchMethodException e) {
            return module;  // a module without extra attributes
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

    private static BuiltinFunction function(String module, String name, Method m) {
        if (!Modifier.isStatic(m.getModifiers())) throw new IllegalStateException(m + " must be static");
        if (m.getReturnType() == Object.class && Arrays.equals(m.getParameterTypes(), VECTORCALL.parameterArray())) {
            Lazy<MethodHandle> fast = new Lazy<>(() -> unreflect(m));
            return new BuiltinFunction(name, (self, args, off, nargs, kw) -> invoke(fast.get(), args, off, nargs, kw));
        }
        // Fixed positional parameters are what CPython declares METH_NOARGS, METH_O or METH_FASTCALL.
        int arity = m.getParameterCount();
        switch (arity) {
            case 0 -> {
                Lazy<Supplier<Object>> direct = direct(m, Supplier.class);
                return BuiltinFunction.noArgs(name, self -> direct.get().get());
            }
            case 1 -> {
                Lazy<java.util.function.Function<Object, Object>> direct = direct(m, java.util.function.Function.class);
                return BuiltinFunction.oneArg(name, (self, arg) -> direct.get().apply(arg));
            }
            case 2 -> {
                Lazy<BiFunction<Object, Object, Object>> direct = direct(m, BiFunction.class);
                return fastCall(module, name, arity, (args, off) -> direct.get().apply(args[off], args[off + 1]));
            }
            default -> {
                Lazy<MethodHandle> spread = new Lazy<>(() -> spreader(m));
                return fastCall(module, name, arity,
                        (args, off) -> invokeSpread(spread.get(), Arrays.copyOfRange(args, off, off + arity)));
            }
        }
    }

    /** A METH_FASTCALL function of {@code arity} positional arguments, checked as Argument Clinic does. */
    private static BuiltinFunction fastCall(String module, String name, int arity, Positional call) {
        String functionStr = Descriptors.Spec.functionStr(module, name);
        BuiltinFunction fn = new BuiltinFunction(name, (self, args, off, nargs, kw) -> {
            if (kw != null && kw.length > 0) throw Exceptions.typeError(functionStr + " takes no keyword arguments");
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
     * A value made at its first use: start-up defines no class (lambda forms, which no AOT cache holds,
     * or interface implementations) for the many built-in functions a program never calls. Racing
     * first uses both make one; either result serves.
     */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        T get() {
            T v = value;
            if (v == null) value = v = make.get();
            return v;
        }
    }

    private static MethodHandle unreflect(Method method) {
        try {
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The built-in function's method handle, taking its fixed positional arguments as one Object[]. */
    private static MethodHandle spreader(Method method) {
        return unreflect(method).asSpreader(Object[].class, method.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    /**
     * A static function as an instance of a functional interface whose class calls it directly (what
     * LambdaMetafactory makes of a method reference), so a call costs an interface call rather than a
     * spreading MethodHandle invocation.
     */
    @SuppressWarnings("unchecked")
    private static <T> Lazy<T> direct(Method method, Class<?> iface) {
        return new Lazy<>(() -> {
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
        });
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
