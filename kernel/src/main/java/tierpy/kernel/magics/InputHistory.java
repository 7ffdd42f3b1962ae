package tierpy.kernel.magics;

import java.util.List;

/** The inputs %history shows: this kernel session's stored cells, in order. */
public interface InputHistory {
    List<String> currentSessionInputs();
}
