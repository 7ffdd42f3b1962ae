package tierpy.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyBaseException;
import tierpy.objects.PyException;
import tierpy.parse.PySyntaxError;
import tierpy.parse.SyntaxErrorFormatter;
import tierpy.vm.Tracebacks;

/**
 * Mirrors ipykernel's error reply (ipykernel/ipkernel.py: do_execute with IPython's
 * InteractiveShell.showtraceback): ename, evalue and the traceback lines, here CPython 3.14's plain
 * traceback format from the VM's formatter.
 */
final class Errors {
    private Errors() {}

    static PythonError of(PyException e) {
        PyBaseException exc = e.value;
        String evalue;
        try {
            evalue = Abstract.str(exc);
        } catch (PyException failed) {
            evalue = "<exception str() failed>";
        }
        return new PythonError(Py.type(exc).name, evalue, lines(Tracebacks.format(exc)));
    }

    /** A SyntaxError from the parser or compiler: the located source line with its carets. */
    static PythonError of(PySyntaxError e) {
        String evalue = e.msg() + (e.lineno() > 0 ? " (" + e.filename() + ", line " + e.lineno() + ")" : "");
        return new PythonError(e.type(), evalue, lines(SyntaxErrorFormatter.format(e)));
    }

    /** IPython 8's name for a frame of a cell: {@code File "<cell 3>", line 2, in f} reads {@code Cell In[3], line 2, in f}. */
    private static final Pattern CELL_FRAME = Pattern.compile("^  File \"<cell (\\d+)>\", line (\\d+)(?:, in (.*))?$");

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.stripTrailing().split("\n", -1)) {
            Matcher m = CELL_FRAME.matcher(line);
            if (!m.matches()) {
                lines.add(line);
                continue;
            }
            String where = m.group(3) == null || m.group(3).equals("<module>") ? "" : ", in " + m.group(3);
            lines.add("  Cell In[" + m.group(1) + "], line " + m.group(2) + where);
        }
        return lines;
    }
}
