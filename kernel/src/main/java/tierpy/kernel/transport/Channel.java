package tierpy.kernel.transport;

/** The five Jupyter channels. */
public enum Channel {
    SHELL, CONTROL, IOPUB, STDIN, HEARTBEAT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
