package tierpy.modules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Floats;
import tierpy.objects.Py;
import tierpy.objects.PyTuple;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;

/** Mirrors Modules/timemodule.c: clocks, sleep, struct_time from localtime/gmtime, asctime/ctime/mktime, strftime for the common directives. */
@ModuleDef("time")
public final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();

    /** time.struct_time: what gmtime and localtime return. */
    private static final PyType STRUCT_TIME = StructSeq.type("time", "struct_time", "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");

    static void init(PyModule m) {
        m.dict.setItem("struct_time", STRUCT_TIME);
        m.dict.setItem("timezone", 0L);
        m.dict.setItem("altzone", 0L);
        m.dict.setItem("daylight", 0L);
        m.dict.setItem("tzname", PyTuple.of("UTC", "UTC"));
    }

    @Function static Object time() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @Function static Object time_ns() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
    @Function static Object perf_counter() { return (System.nanoTime() - START_NANOS) / 1e9; }
    @Function static Object perf_counter_ns() { return System.nanoTime() - START_NANOS; }
    @Function static Object monotonic() { return (System.nanoTime() - START_NANOS) / 1e9; }
    @Function static Object monotonic_ns() { return System.nanoTime() - START_NANOS; }

    @Function
    static Object process_time() {
        return processNanos() / 1e9;
    }

    @Function
    static Object process_time_ns() {
        return processNanos();
    }

    @Function
    static Object thread_time() {
        return threadNanos() / 1e9;
    }

    @Function
    static Object thread_time_ns() {
        return threadNanos();
    }

    /** CPU time of the whole process, as CPython's process_time: every thread, the JIT compilers' included. */
    private static long processNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
            return os.getProcessCpuTime();
        }
        return threadNanos();
    }

    /** CPU time of the calling thread: the interpreter's own work, whatever else the machine runs. */
    private static long threadNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime() - START_NANOS;
    }

    @Function
    static Object sleep(Object secs) {
        double s = Floats.toFloat(secs);
        if (s < 0) throw Exceptions.valueError("sleep length must be non-negative");
        try {
            Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Exceptions.raise(Exceptions.KeyboardInterrupt);
        }
        return Py.None;
    }

    /** A struct_time-like tuple: (year, mon, mday, hour, min, sec, wday, yday, isdst). */
    private static Object structTime(ZonedDateTime t) {
        return StructSeq.make(STRUCT_TIME, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
                (long) t.getDayOfYear(), 0L);
    }

    /** A 9-item time tuple or struct_time as a local date-time (gettmarg). */
    private static ZonedDateTime fromTuple(Object tuple, String function) {
        if (!Py.type(tuple).isSubtype(Py.TUPLE)) throw Exceptions.typeError("Tuple or struct_time argument required");
        PyTuple items = PyTuple.fromIterable(tuple);
        if (items.size() != 9) throw Exceptions.typeError(function + "(): illegal time tuple argument");
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) f[i] = (int) Abstract.asIndex(items.get(i));
        return ZonedDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5], 0, ZoneId.systemDefault());
    }

    /** asctime's fixed layout, "Thu Jan  1 00:00:00 1970" (the day of month space-padded). */
    private static String asctimeText(ZonedDateTime t) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US),
                t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond(), t.getYear());
    }

    @Function
    static Object asctime(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("asctime", a, off, n, kw, 0, new String[] {"t"}, Py.None);
        return asctimeText(v[0] == Py.None ? ZonedDateTime.now() : fromTuple(v[0], "asctime"));
    }

    @Function
    static Object ctime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("ctime", kw);
        return asctimeText(at(a, off, n, ZoneId.systemDefault()));
    }

    @Function
    static Object mktime(Object tuple) {
        return (double) fromTuple(tuple, "mktime").toEpochSecond();
    }

    private static ZonedDateTime at(Object[] a, int off, int n, ZoneId zone) {
        double secs = n == 0 || a[off] == Py.None ? System.currentTimeMillis() / 1000.0 : Floats.toFloat(a[off]);
        long whole = (long) Math.floor(secs);
        return Instant.ofEpochSecond(whole).atZone(zone);
    }

    @Function
    static Object gmtime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("gmtime", kw);
        return structTime(at(a, off, n, ZoneId.of("UTC")));
    }

    @Function
    static Object localtime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("localtime", kw);
        return structTime(at(a, off, n, ZoneId.systemDefault()));
    }

    @Function
    static Object strftime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("strftime", kw);
        if (n < 1 || n > 2) throw Exceptions.typeError("strftime() takes 1 or 2 arguments");
        if (!(a[off] instanceof String format)) {
            throw Exceptions.typeError("strftime() argument 1 must be str, not " + Py.type(a[off]).name);
        }
        ZonedDateTime t = n == 2 ? fromTuple(a[off + 1], "strftime") : ZonedDateTime.now();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> sb.append(t.getYear());
                case 'y' -> sb.append(String.format("%02d", t.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", t.getHour()));
                case 'I' -> sb.append(String.format("%02d", (t.getHour() + 11) % 12 + 1));
                case 'M' -> sb.append(String.format("%02d", t.getMinute()));
                case 'S' -> sb.append(String.format("%02d", t.getSecond()));
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'Z' -> sb.append(t.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
