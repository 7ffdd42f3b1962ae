package tierpy.modules;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Ints;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyTuple;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;
import tierpy.vm.ThreadState;
import tierpy.vm.VmTypes;
import tierpy.vm.Tracebacks;

/** Mirrors Python/sysmodule.c: the parts of sys programs use most. */
@ModuleDef("sys")
public final class Sys {
    private Sys() {}

    /** What the next created sys module gets as argv, stdout and stderr (set by the launcher or an embedder). */
    private static String[] argv = {""};
    private static Appendable out = System.out;
    private static Appendable err = System.err;

    /** -W options, in order, for sys.warnoptions (the warnings module turns them into filters). */
    private static final java.util.List<String> WARN_OPTIONS = new java.util.ArrayList<>();

    public static synchronized void addWarnOption(String option) {
        WARN_OPTIONS.add(option);
    }

    public static synchronized void configure(String[] args, Appendable stdout, Appendable stderr) {
        argv = args;
        out = stdout;
        err = stderr;
    }

    /** Python/stdlib_module_names.h of 3.14: the top-level standard library modules (for NameError hints). */
    private static final String STDLIB_MODULE_NAMES = """
            __future__ _abc _aix_support _android_support _apple_support _ast _asyncio _bisect _blake2
            _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw
            _collections _collections_abc _colorize _compat_pickle _compression _contextvars _csv _ctypes
            _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib
            _frozen_importlib_external _functools _gdbm _hashlib _heapq _hmac _imp _interpchannels
            _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5
            _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped
            _pickle _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _pyrepl _queue
            _random _remote_debugging _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket
            _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _suggestions _symtable _sysconfig
            _thread _threading_local _tkinter _tokenize _tracemalloc _types _typing _uuid _warnings _weakref
            _weakrefset _winapi _wmi _zoneinfo _zstd abc annotationlib antigravity argparse array ast asyncio
            atexit base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd code codecs codeop
            collections colorsys compileall compression concurrent configparser contextlib contextvars copy
            copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings
            ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc
            genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib
            imaplib importlib inspect io ipaddress itertools json keyword linecache locale logging lzma mailbox
            marshal math mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path numbers
            opcode operator optparse os pathlib pdb pickle pickletools pkgutil platform plistlib poplib posix
            posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri
            random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex
            shutil signal site smtplib socket socketserver sqlite3 sre_compile sre_constants sre_parse ssl stat
            statistics string stringprep struct subprocess symtable sys sysconfig syslog tabnanny tarfile
            tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback
            tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uuid venv warnings wave
            weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
            """.strip();

    static void init(PyModule m) {
        PyList args = new PyList();
        for (String a : argv) args.append(a);
        m.dict.setItem("argv", args);
        m.dict.setItem("orig_argv", args);
        PyTextStream stdout = new PyTextStream("stdout", out);
        PyTextStream stderr = new PyTextStream("stderr", err);
        PyStdin stdin = new PyStdin();
        m.dict.setItem("stdin", stdin);
        m.dict.setItem("__stdin__", stdin);
        m.dict.setItem("stdout", stdout);
        m.dict.setItem("stderr", stderr);
        m.dict.setItem("__stdout__", stdout);
        m.dict.setItem("__stderr__", stderr);
        m.dict.setItem("modules", Imports.MODULES);
        PyList path = new PyList();
        path.append("");
        m.dict.setItem("path", path);
        m.dict.setItem("version", "3.14.7 (tierpy) [Java " + Runtime.version() + "]");
        m.dict.setItem("version_info", StructSeq.make(StructSeq.type("sys", "version_info", "major", "minor", "micro",
                "releaselevel", "serial"), 3L, 14L, 7L, "final", 0L));
        m.dict.setItem("float_info", StructSeq.make(StructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
                "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"), Double.MAX_VALUE, 1024L, 308L,
                Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        m.dict.setItem("int_info", StructSeq.make(StructSeq.type("sys", "int_info", "bits_per_digit", "sizeof_digit",
                "default_max_str_digits", "str_digits_check_threshold"), 30L, 4L, 4300L, 640L));
        m.dict.setItem("hash_info", StructSeq.make(StructSeq.type("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
                "algorithm", "hash_bits", "seed_bits", "cutoff"), 64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L,
                128L, 0L));
        m.dict.setItem("flags", StructSeq.make(StructSeq.type("sys", "flags", "debug", "inspect", "interactive", "optimize",
                "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                "int_max_str_digits"), 0L, 0L, 0L, (long) tierpy.vm.Compile.optimizeLevel(), 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, Boolean.FALSE, 0L, 0L, Boolean.FALSE, -1L));
        m.dict.setItem("maxunicode", 0x10FFFFL);
        m.dict.setItem("float_repr_style", "short");
        m.dict.setItem("api_version", 1013L);
        m.dict.setItem("abiflags", "");
        m.dict.setItem("dont_write_bytecode", Boolean.TRUE);
        PyList warnoptions = new PyList();
        synchronized (Sys.class) {
            for (String option : WARN_OPTIONS) warnoptions.append(option);
        }
        m.dict.setItem("warnoptions", warnoptions);
        m.dict.setItem("meta_path", new PyList());
        m.dict.setItem("path_hooks", new PyList());
        m.dict.setItem("path_importer_cache", new tierpy.objects.PyDict());
        m.dict.setItem("builtin_module_names", builtinModuleNames());
        m.dict.setItem("__breakpointhook__", m.dict.getItem("breakpointhook"));
        m.dict.setItem("hexversion", 0x030E07F0L);
        m.dict.setItem("platform", "linux");
        m.dict.setItem("byteorder", "little");
        m.dict.setItem("maxsize", Long.MAX_VALUE);
        m.dict.setItem("executable", "tierpy");
        String home = System.getProperty("tierpy.home", "");
        for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) m.dict.setItem(name, home);
        m.dict.setItem("implementation", tierpy.objects.SimpleNamespace.of(new String[] {"name", "cache_tag", "version",
                "hexversion", "_multiarch", "supports_isolated_interpreters"}, "tierpy", Py.None, m.dict.getItem("version_info"),
                m.dict.getItem("hexversion"), "x86_64-linux-gnu", Boolean.FALSE));
        m.dict.setItem("stdlib_module_names", Abstract.call(Py.FROZENSET, new PyList((Object[]) STDLIB_MODULE_NAMES.split("\\s+"))));
        m.dict.setItem("_jit", jitNamespace());
        m.dict.setItem("displayhook", m.dict.getItem("_displayhook"));
        m.dict.setItem("excepthook", m.dict.getItem("_excepthook"));
        m.dict.removeOrNull("_displayhook");
        m.dict.removeOrNull("_excepthook");
    }

    /** 3.14's sys._jit: tierpy has no JIT tier yet, so it is neither available, enabled nor active. */
    private static PyModule jitNamespace() {
        PyModule jit = new PyModule("sys._jit");
        for (String name : new String[] {"is_available", "is_enabled", "is_active"}) {
            jit.dict.setItem(name, new tierpy.objects.Descriptors.BuiltinFunction(name, (self, a, off, n, kw) -> {
                Args.noKeywords(name, kw);
                if (n != 0) throw Exceptions.typeError(name + "() takes no arguments (" + n + " given)");
                return Boolean.FALSE;
            }));
        }
        return jit;
    }

    /** Free-threaded builds can run without the GIL; tierpy runs Python on one thread, as with the GIL. */
    @Function("_is_gil_enabled")
    static Object isGilEnabled() {
        return Boolean.TRUE;
    }

    private static PyTuple builtinModuleNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Class<?> c : Modules.builtinClasses()) names.add(c.getAnnotation(ModuleDef.class).value());
        names.sort(null);
        return PyTuple.of(names.toArray());
    }

    /** The default breakpointhook: tierpy has no debugger, so breakpoint() does nothing, as with PYTHONBREAKPOINT=0. */
    @Function
    static Object breakpointhook(Object[] args, int off, int nargs, String[] kwnames) {
        return Py.None;
    }

    @Function
    static Object getdefaultencoding() {
        return "utf-8";
    }

    @Function
    static Object getfilesystemencoding() {
        return "utf-8";
    }

    @Function
    static Object get_int_max_str_digits() {
        return (long) Ints.maxStrDigits;
    }

    @Function
    static Object set_int_max_str_digits(Object[] a, int off, int n, String[] kw) {
        Object v = Args.parse("set_int_max_str_digits", a, off, n, kw, 1, new String[] {"maxdigits"})[0];
        // Argument Clinic's int converter runs before _PY_LONG_MAX_STR_DIGITS_THRESHOLD is checked
        long digits = Abstract.index(v) instanceof Long l ? l : Long.MAX_VALUE;
        if (digits > Integer.MAX_VALUE || digits < Integer.MIN_VALUE) {
            throw Exceptions.overflowError("Python int too large to convert to C int");
        }
        if (digits != 0 && digits < 640) throw Exceptions.valueError("maxdigits must be 0 or larger than 640");
        Ints.maxStrDigits = (int) digits;
        return Py.None;
    }

    @Function
    static Object getrecursionlimit() {
        return (long) ThreadState.current().recursionLimit;
    }

    /** tierpy runs no finalization phase in which code could still observe this. */
    @Function("is_finalizing")
    static Object isFinalizing() {
        return Boolean.FALSE;
    }

    @Function
    static Object setrecursionlimit(Object limit) {
        long n = Abstract.asIndex(limit);
        if (n < 1) throw Exceptions.valueError("recursion limit must be greater or equal than 1");
        ThreadState ts = ThreadState.current();
        if (n <= ts.depth) {
            throw Exceptions.raise(Exceptions.RecursionError, "cannot set the recursion limit to " + n
                    + " at the recursion depth " + ts.depth + ": the limit is too low");
        }
        ts.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
        return Py.None;
    }

    @Function
    static Object exit(Object[] args, int off, int nargs, String[] kwnames) {
        if (nargs > 1) throw Exceptions.typeError("exit expected at most 1 argument, got " + nargs);
        throw nargs == 0 ? Exceptions.raise(Exceptions.SystemExit) : Exceptions.raise(Exceptions.SystemExit, args[off]);
    }

    @Function
    static Object exception() {
        return ThreadState.current().handled;
    }

    @Function
    static Object _getframe(Object[] args, int off, int nargs, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Exceptions.typeError("_getframe() takes no keyword arguments");
        if (nargs > 1) throw Exceptions.typeError("_getframe expected at most 1 argument, got " + nargs);
        return VmTypes.callerFrame(nargs == 0 ? 0 : Abstract.asIndex(args[off]));
    }

    /** A struct sequence without a module in its name, as CPython's asyncgen_hooks_desc. */
    private static final tierpy.objects.PyType ASYNCGEN_HOOKS = StructSeq.type("builtins", "asyncgen_hooks", "firstiter", "finalizer");

    @Function
    static Object get_asyncgen_hooks() {
        ThreadState ts = ThreadState.current();
        return StructSeq.make(ASYNCGEN_HOOKS, ts.asyncGenFirstiter, ts.asyncGenFinalizer);
    }

    /** sys_set_asyncgen_hooks: an omitted hook stays, None removes one. */
    @Function
    static Object set_asyncgen_hooks(Object[] args, int off, int nargs, String[] kwnames) {
        Object[] hooks = Args.parse("set_asyncgen_hooks", args, off, nargs, kwnames, 0, new String[] {"firstiter", "finalizer"},
                null, null);
        ThreadState ts = ThreadState.current();
        if (hooks[1] != null && hooks[1] != Py.None && Py.type(hooks[1]).call == null) {
            throw Exceptions.typeError("callable finalizer expected, got " + Py.type(hooks[1]).name);
        }
        if (hooks[0] != null && hooks[0] != Py.None && Py.type(hooks[0]).call == null) {
            throw Exceptions.typeError("callable firstiter expected, got " + Py.type(hooks[0]).name);
        }
        if (hooks[1] != null) ts.asyncGenFinalizer = hooks[1];
        if (hooks[0] != null) ts.asyncGenFirstiter = hooks[0];
        return Py.None;
    }

    @Function
    static Object exc_info() {
        Object e = ThreadState.current().handled;
        if (!(e instanceof PyBaseException b)) return PyTuple.of(Py.None, Py.None, Py.None);
        return PyTuple.of(Py.type(b), b, b.traceback);
    }

    @Function
    static Object intern(Object s) {
        return ((String) s).intern();
    }

    @Function
    static Object _displayhook(Object value) {
        if (value == Py.None) return Py.None;
        tierpy.vm.Runner.builtins().setItem("_", Py.None);
        Object out = Imports.sysAttrOrNull("stdout");
        Abstract.call(Abstract.getattr(out, "write"), Abstract.repr(value) + "\n");
        tierpy.vm.Runner.builtins().setItem("_", value);
        return Py.None;
    }

    @Function
    static Object _excepthook(Object type, Object value, Object tb) {
        Object stderr = Imports.sysAttrOrNull("stderr");
        String text = value instanceof PyBaseException b ? Tracebacks.format(b) : Abstract.str(value) + "\n";
        Abstract.call(Abstract.getattr(stderr, "write"), text);
        return Py.None;
    }

    /** Prints an uncaught exception through sys.excepthook, falling back to the JVM's stderr. */
    public static void printException(PyException e, Appendable fallback) {
        Object hook = Imports.sysAttrOrNull("excepthook");
        try {
            if (hook == null) throw e;
            Abstract.call(hook, Py.type(e.value), e.value, e.value.traceback);
        } catch (PyException inner) {
            try {
                fallback.append(Tracebacks.format(e.value));
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        }
    }
}
