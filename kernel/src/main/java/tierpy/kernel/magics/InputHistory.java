package tierpy.kernel.magics;

import java.util.List;

/** The inputs %history shows: this kernel session's stored cells, in order. */
public interface InputHistory {
    /** A stored input and its line number in the session (the cell's execution count). */
    record Line(int number, String source) {}

    List<Line> currentSessionInputs();
}
