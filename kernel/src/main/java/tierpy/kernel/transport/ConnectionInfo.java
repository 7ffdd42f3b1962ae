package tierpy.kernel.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.SecureRandom;
import tierpy.kernel.wire.Json;

/**
 * A kernel connection file (jupyter_client/connect.py: write_connection_file). With transport
 * "ipc" the endpoint is {@code ipc://IP-PORT}, IP being a path prefix, as jupyter_client forms it.
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort, int controlPort,
                             int hbPort, String key, String signatureScheme, String kernelName) {

    public static ConnectionInfo read(Path file) throws IOException {
        JsonNode json = Json.readFile(file);
        String scheme = json.path("signature_scheme").asText("hmac-sha256");
        if (!scheme.equals("hmac-sha256")) throw new IOException(file + ": unsupported signature_scheme " + scheme);
        return new ConnectionInfo(json.path("transport").asText("tcp"), json.path("ip").asText("127.0.0.1"),
                port(json, "shell_port"), port(json, "iopub_port"), port(json, "stdin_port"),
                port(json, "control_port"), port(json, "hb_port"), json.path("key").asText(""), scheme, json.path("kernel_name").asText(""));
    }

    private static int port(JsonNode json, String field) throws IOException {
        JsonNode port = json.get(field);
        if (port == null || !port.canConvertToInt()) throw new IOException("connection file lacks " + field);
        return port.asInt();
    }

    /** Fresh loopback tcp ports and a random key, for a kernel this process launches. */
    public static ConnectionInfo freeLoopback(String kernelName) throws IOException {
        int[] ports = new int[5];
        ServerSocket[] holders = new ServerSocket[5];
        try {
            for (int i = 0; i < ports.length; i++) {
                holders[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = holders[i].getLocalPort();
            }
        } finally {
            for (ServerSocket holder : holders) if (holder != null) holder.close();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                HexFormat.of().formatHex(key), "hmac-sha256", kernelName);
    }

    public int port(Channel channel) {
        return switch (channel) {
            case SHELL -> shellPort;
            case IOPUB -> iopubPort;
            case STDIN -> stdinPort;
            case CONTROL -> controlPort;
            case HEARTBEAT -> hbPort;
        };
    }

    public String endpoint(Channel channel) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port(channel) : transport + "://" + ip + ":" + port(channel);
    }

    public void write(Path file) throws IOException {
        ObjectNode json = Json.object();
        json.put("shell_port", shellPort);
        json.put("iopub_port", iopubPort);
        json.put("stdin_port", stdinPort);
        json.put("control_port", controlPort);
        json.put("hb_port", hbPort);
        json.put("ip", ip);
        json.put("key", key);
        json.put("transport", transport);
        json.put("signature_scheme", signatureScheme);
        json.put("kernel_name", kernelName);
        Files.writeString(file, Json.pretty(json));
    }
}
