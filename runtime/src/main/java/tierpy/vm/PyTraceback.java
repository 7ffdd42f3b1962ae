package tierpy.vm;

import tierpy.objects.Py;
import tierpy.objects.PyObject;

/**
 * Mirrors Python/traceback.c: PyTracebackObject. One entry per frame the exception passed through,
 * innermost last; {@code lasti} is the instruction (code unit) that was running.
 */
public final class PyTraceback extends PyObject {
    /** tb_next: toward the frame where the exception was raised, or Py.None; Python code may set it. */
    public Object next;
    public final Frame frame;
    public final int lasti;

    PyTraceback(Object next, Frame frame, int lasti) {
        super(VmTypes.TRACEBACK);
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        frame.pin();
    }

    public int lineno() {
        return frame.code.lineAt(lasti);
    }

    /** PyTraceBack_Here: the frame's entry goes in front of the entries already collected. */
    static PyTraceback here(Object traceback, Frame frame) {
        return new PyTraceback(traceback == null ? Py.None : traceback, frame, frame.lasti);
    }
}
