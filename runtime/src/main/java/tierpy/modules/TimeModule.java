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
import tierpy.vm.PyModule;

/** Mirrors Modules/timemodule.c: clocks, sleep, struct_time from localtime/gmtime, asctime/ctime/mktime, strftime for the common directives. */
@ModuleDef("time")
public final class TimeModule {
    private TimeModule() {}

    private static final long START_NANOS = System.nanoTime();

    static void init(PyModule m) {
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

    private static final tierpy.objects.PyType STRUCT_TIME = StructSeq.type("time", "struct_time", "tm_year", "tm_mon",
            "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst");

    private static Object structTime(ZonedDateTime t) {
        return StructSeq.make(STRUCT_TIME, (long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
                (long) t.getDayOfYear(), 0L);
    }

    /** The date and time fields of a struct_time or 9-tuple, in the local zone. */
    private static ZonedDateTime fromTuple(Object tuple) {
        Object[] f = Abstract.unpack(tuple, 9);
        return ZonedDateTime.of((int) Abstract.asIndex(f[0]), (int) Abstract.asIndex(f[1]), (int) Abstract.asIndex(f[2]),
                (int) Abstract.asIndex(f[3]), (int) Abstract.asIndex(f[4]), (int) Abstract.asIndex(f[5]), 0,
                ZoneId.systemDefault());
    }

    /** asctime's fixed layout: "Thu Jan  1 00:00:00 1970". */
    private static String asctime(ZonedDateTime t) {
        return String.format(Locale.US, "%s %s %2d %02d:%02d:%02d %d", t.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                Locale.US), t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US), t.getDayOfMonth(), t.getHour(),
                t.getMinute(), t.getSecond(), t.getYear());
    }

    @Function
    static Object asctime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("asctime", kw);
        if (n > 1) throw Exceptions.typeError("asctime expected at most 1 argument, got " + n);
        return asctime(n == 0 ? ZonedDateTime.now() : fromTuple(a[off]));
    }

    @Function
    static Object ctime(Object[] a, int off, int n, String[] kw) {
        Args.noKeywords("ctime", kw);
        if (n > 1) throw Exceptions.typeError("ctime expected at most 1 argument, got " + n);
        return asctime(at(a, off, n, ZoneId.systemDefault()));
    }

    @Function
    static Object mktime(Object tuple) {
        return (double) fromTuple(tuple).toEpochSecond();
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
        String format = (String) a[off];
        ZonedDateTime t = n == 2 ? fromTuple(a[off + 1]) : ZonedDateTime.now();
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
