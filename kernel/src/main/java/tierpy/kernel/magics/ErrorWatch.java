package tierpy.kernel.magics;

import tierpy.embed.DisplayBundle;
import tierpy.embed.OutputSink;
import tierpy.embed.PythonError;

/** Passes output through and notes whether the code raised. */
class ErrorWatch implements OutputSink {
    private final OutputSink target;
    private boolean failed;

    ErrorWatch(OutputSink target) {
        this.target = target;
    }

    boolean failed() {
        return failed;
    }

    @Override public void stdout(String text) { target.stdout(text); }
    @Override public void stderr(String text) { target.stderr(text); }
    @Override public void display(DisplayBundle bundle, boolean update) { target.display(bundle, update); }
    @Override public void clearOutput(boolean wait) { target.clearOutput(wait); }
    @Override public void executeResult(DisplayBundle bundle) { target.executeResult(bundle); }
    @Override public String input(String prompt, boolean password) { return target.input(prompt, password); }

    @Override
    public void error(PythonError error) {
        failed = true;
        target.error(error);
    }
}
