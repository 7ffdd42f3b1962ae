package tierpy.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionsTest {
    @Test
    void withoutAnInterpreterExecutionRaisesAPythonError() {
        Session session = new Sessions.Missing();
        List<PythonError> errors = new ArrayList<>();
        session.execute(new Cell("1 + 1", 1, true, true), new OutputSink() {
            @Override public void stdout(String text) {}
            @Override public void stderr(String text) {}
            @Override public void display(DisplayBundle bundle, boolean update) {}
            @Override public void clearOutput(boolean wait) {}
            @Override public void executeResult(DisplayBundle bundle) {}
            @Override public void error(PythonError error) { errors.add(error); }
            @Override public String input(String prompt, boolean password) { return ""; }
        });
        assertEquals(1, errors.size());
        assertEquals("RuntimeError", errors.get(0).ename());
        assertTrue(errors.get(0).evalue().contains("not in this build"));
        assertEquals(List.of("RuntimeError: " + errors.get(0).evalue()), errors.get(0).traceback());
        assertThrows(PythonException.class, () -> session.changeDirectory(java.nio.file.Path.of("no-such-dir-xyz")));
    }
}
