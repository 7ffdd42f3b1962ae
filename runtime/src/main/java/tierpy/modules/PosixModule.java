package tierpy.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyBytes;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyList;
import tierpy.objects.PyType;
import tierpy.vm.PyModule;

/**
 * Mirrors Modules/posixmodule.c: the file-descriptor and file-system calls that os, os.path and
 * io build on, over java.nio, raising OSError with Linux's errno values and strerror texts.
 */
@ModuleDef("posix")
public final class PosixModule {
    private PosixModule() {}

    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000, O_APPEND = 02000;

    /** Open descriptors: CPython hands out the lowest free number, 3 upwards after the standard streams. */
    private static final Map<Integer, FileChannel> FDS = new TreeMap<>();
    /** The current directory: the JVM's cannot change, so relative paths resolve against this. */
    private static Path cwd = Path.of("").toAbsolutePath();
    private static PyType statResult;

    static void init(PyModule m) {
        PyDict env = new PyDict();
        for (var e : new TreeMap<>(System.getenv()).entrySet()) env.setItem(e.getKey(), e.getValue());
        m.dict.setItem("environ", env);
        String[] flags = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND"};
        int[] values = {O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND};
        for (int i = 0; i < flags.length; i++) m.dict.setItem(flags[i], (long) values[i]);
        m.dict.setItem("F_OK", 0L);
        m.dict.setItem("X_OK", 1L);
        m.dict.setItem("W_OK", 2L);
        m.dict.setItem("R_OK", 4L);
        statResult = StructSeq.type("os", "stat_result", "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                "st_size", "st_atime", "st_mtime", "st_ctime");
        m.dict.setItem("stat_result", statResult);
    }

    // ---------------------------------------------------------------- errors

    /** An OSError subclass chosen by errno, as PyErr_SetFromErrnoWithFilenameObject. */
    static PyException error(int errno, Object filename) {
        String text = strerror(errno);
        return filename == null ? Exceptions.raise(Exceptions.OSError, (long) errno, text)
                : Exceptions.raise(Exceptions.OSError, (long) errno, text, filename);
    }

    static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 36 -> "File name too long";
            case 39 -> "Directory not empty";
            default -> "Unknown error " + errno;
        };
    }

    private static PyException error(IOException e, Object filename) {
        int errno;
        if (e instanceof NoSuchFileException) errno = 2;
        else if (e instanceof AccessDeniedException) errno = 13;
        else if (e instanceof FileAlreadyExistsException) errno = 17;
        else if (e instanceof NotDirectoryException) errno = 20;
        else if (e instanceof DirectoryNotEmptyException) errno = 39;
        else if (e instanceof FileSystemException f && f.getReason() != null) errno = errnoOf(f.getReason());
        else errno = errnoOf(String.valueOf(e.getMessage()));
        return error(errno, filename);
    }

    private static int errnoOf(String reason) {
        for (int errno : new int[] {1, 2, 13, 17, 18, 20, 21, 22, 28, 36, 39}) {
            if (reason.contains(strerror(errno))) return errno;
        }
        return 5;
    }

    // ---------------------------------------------------------------- paths

    /** PyUnicode_FSConverter's view: str, bytes or an os.PathLike, as a path against the current directory. */
    static Path path(Object p) {
        String s = pathString(p);
        if (s.isEmpty()) throw error(2, p);
        return cwd.resolve(s);
    }

    private static String pathString(Object p) {
        if (p instanceof String s) return s;
        byte[] b = PyBytes.bytesOrNull(p);
        if (b != null) return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        Object fspath = Abstract.lookupSpecial(p, "__fspath__");
        if (fspath != null) {
            Object r = Abstract.callBound(fspath, p);
            if (r instanceof String || PyBytes.bytesOrNull(r) != null) return pathString(r);
            throw Exceptions.typeError("expected " + Py.type(p).name + ".__fspath__() to return str or bytes, not "
                    + Py.type(r).name);
        }
        throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Py.type(p).name);
    }

    private static FileChannel channel(Object fd) {
        FileChannel c = FDS.get((int) Abstract.asIndex(fd));
        if (c == null) throw error(9, null);
        return c;
    }

    // ---------------------------------------------------------------- file descriptors

    @Function
    static Object open(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("open", a, off, n, kw, 2, new String[] {"path", "flags", "mode"}, 0777L);
        int flags = (int) Abstract.asIndex(v[1]);
        Path p = path(v[0]);
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & 3;
        if (access != O_WRONLY) opts.add(StandardOpenOption.READ);
        if (access != O_RDONLY) opts.add(StandardOpenOption.WRITE);
        if ((flags & O_CREAT) != 0) opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flags & O_TRUNC) != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        boolean append = (flags & O_APPEND) != 0;
        if (append && access == O_WRONLY) opts.add(StandardOpenOption.APPEND);
        if (Files.isDirectory(p)) throw error(21, v[0]);
        try {
            FileChannel c = FileChannel.open(p, opts);
            if (append && access != O_WRONLY) c.position(c.size());
            int fd = 3;
            while (FDS.containsKey(fd)) fd++;
            FDS.put(fd, c);
            return (long) fd;
        } catch (IOException e) {
            throw error(e, v[0]);
        }
    }

    @Function
    static Object close(Object fd) {
        FileChannel c = FDS.remove((int) Abstract.asIndex(fd));
        if (c == null) throw error(9, null);
        try {
            c.close();
        } catch (IOException e) {
            throw error(e, null);
        }
        return Py.None;
    }

    @Function
    static Object read(Object fd, Object length) {
        long n = Abstract.asIndex(length);
        if (n < 0) throw error(22, null);
        FileChannel c = channel(fd);
        try {
            long left = Math.max(0, c.size() - c.position());
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Math.min(left, Integer.MAX_VALUE - 16)));
            while (buf.hasRemaining() && c.read(buf) > 0) {
                // fill what the file holds now
            }
            byte[] out = new byte[buf.position()];
            buf.flip().get(out);
            return PyBytes.bytes(out);
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Function
    static Object write(Object fd, Object data) {
        byte[] b = PyBytes.bytesOrNull(data);
        if (b == null) throw Exceptions.typeError("a bytes-like object is required, not '" + Py.type(data).name + "'");
        FileChannel c = channel(fd);
        try {
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) c.write(buf);
            return (long) b.length;
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Function
    static Object lseek(Object fd, Object pos, Object how) {
        FileChannel c = channel(fd);
        long p = Abstract.asIndex(pos);
        try {
            long base = switch ((int) Abstract.asIndex(how)) {
                case 0 -> 0;
                case 1 -> c.position();
                case 2 -> c.size();
                default -> throw error(22, null);
            };
            if (base + p < 0) throw error(22, null);
            c.position(base + p);
            return base + p;
        } catch (IOException e) {
            throw error(e, null);
        }
    }

    @Function
    static Object ftruncate(Object fd, Object length) {
        try {
            channel(fd).truncate(Abstract.asIndex(length));
        } catch (IOException e) {
            throw error(e, null);
        }
        return Py.None;
    }

    /** The descriptors this module hands out are files, never terminals. */
    @Function
    static Object isatty(Object fd) {
        channel(fd);
        return Boolean.FALSE;
    }

    @Function("strerror")
    static Object strerrorFunction(Object code) {
        return strerror((int) Abstract.asIndex(code));
    }

    // ---------------------------------------------------------------- the file system

    @Function
    static Object getcwd() {
        return cwd.toString();
    }

    @Function
    static Object chdir(Object p) {
        Path dir = path(p).normalize();
        if (!Files.exists(dir)) throw error(2, p);
        if (!Files.isDirectory(dir)) throw error(20, p);
        cwd = dir;
        return Py.None;
    }

    @Function
    static Object listdir(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("listdir", a, off, n, kw, 0, new String[] {"path"}, Py.None);
        Object p = v[0] == Py.None ? "." : v[0];
        boolean asBytes = PyBytes.bytesOrNull(p) != null;
        PyList out = new PyList();
        try (Stream<Path> s = Files.list(path(p))) {
            for (Path child : (Iterable<Path>) s::iterator) {
                String name = child.getFileName().toString();
                out.append(asBytes ? PyBytes.bytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : name);
            }
        } catch (IOException e) {
            throw error(e, p);
        }
        return out;
    }

    @Function
    static Object stat(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("stat", a, off, n, kw, 1, new String[] {"path", "dir_fd", "follow_symlinks"}, Py.None, Boolean.TRUE);
        return statOf(v[0], Abstract.isTrue(v[2]));
    }

    @Function
    static Object lstat(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("lstat", a, off, n, kw, 1, new String[] {"path", "dir_fd"}, Py.None);
        return statOf(v[0], false);
    }

    private static Object statOf(Object p, boolean follow) {
        LinkOption[] links = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> s = Files.readAttributes(path(p), "unix:*", links);
            return StructSeq.make(statResult, (long) (int) s.get("mode"), s.get("ino"), s.get("dev"), (long) (int) s.get("nlink"),
                    (long) (int) s.get("uid"), (long) (int) s.get("gid"), s.get("size"), seconds(s.get("lastAccessTime")),
                    seconds(s.get("lastModifiedTime")), seconds(s.get("ctime")));
        } catch (IOException e) {
            throw error(e, p);
        } catch (UnsupportedOperationException e) {
            throw error(22, p);
        }
    }

    private static Object seconds(Object time) {
        return ((FileTime) time).toMillis() / 1000.0;
    }

    @Function
    static Object access(Object p, Object mode) {
        Path file = path(p);
        int m = (int) Abstract.asIndex(mode);
        boolean ok = Files.exists(file) && ((m & 4) == 0 || Files.isReadable(file)) && ((m & 2) == 0 || Files.isWritable(file))
                && ((m & 1) == 0 || Files.isExecutable(file));
        return Py.bool(ok);
    }

    @Function
    static Object mkdir(Object[] a, int off, int n, String[] kw) {
        Object[] v = Args.parse("mkdir", a, off, n, kw, 1, new String[] {"path", "mode", "dir_fd"}, 0777L, Py.None);
        try {
            Files.createDirectory(path(v[0]));
        } catch (IOException e) {
            throw error(e, v[0]);
        }
        return Py.None;
    }

    @Function
    static Object rmdir(Object p) {
        Path dir = path(p);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw error(20, p);
        delete(dir, p);
        return Py.None;
    }

    @Function
    static Object unlink(Object p) {
        Path file = path(p);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw error(21, p);
        delete(file, p);
        return Py.None;
    }

    @Function
    static Object remove(Object p) {
        return unlink(p);
    }

    private static void delete(Path file, Object p) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw error(e, p);
        }
    }

    @Function
    static Object rename(Object src, Object dst) {
        try {
            Files.move(path(src), path(dst), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw error(e, src);
        }
        return Py.None;
    }

    @Function
    static Object replace(Object src, Object dst) {
        return rename(src, dst);
    }

    // ---------------------------------------------------------------- the process

    @Function
    static Object getpid() {
        return ProcessHandle.current().pid();
    }

    @Function
    static Object getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    @Function
    static Object cpu_count() {
        return (long) Runtime.getRuntime().availableProcessors();
    }

    @Function
    static Object urandom(Object size) {
        long n = Abstract.asIndex(size);
        if (n < 0) throw Exceptions.valueError("negative argument not allowed");
        byte[] b = new byte[(int) n];
        new java.security.SecureRandom().nextBytes(b);
        return PyBytes.bytes(b);
    }
}
