package tierpy.kernel.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import tierpy.kernel.wire.Log;

/**
 * The {@code ipc://PATH} endpoint of one channel, as libzmq serves it (a Unix domain socket at PATH),
 * for JeroMQ, which has no Unix sockets: each connection is relayed byte for byte to the channel's
 * ZeroMQ socket on a loopback TCP port. ZMTP is the same over both, so the peers never notice.
 */
final class IpcBridge implements AutoCloseable {
    private final Path path;
    private final ServerSocketChannel server;

    private IpcBridge(Path path, ServerSocketChannel server) {
        this.path = path;
        this.server = server;
    }

    /** Listens at {@code path} and relays every connection to {@code tcpPort} on the loopback address. */
    static IpcBridge open(Path path, int tcpPort) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        IpcBridge bridge = new IpcBridge(path, server);
        daemon("tierpy-ipc-accept " + path.getFileName(), () -> bridge.accept(tcpPort));
        return bridge;
    }

    private void accept(int tcpPort) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel kernel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcpPort));
                kernel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                daemon("tierpy-ipc-in", () -> relay(client, kernel));
                daemon("tierpy-ipc-out", () -> relay(kernel, client));
            } catch (IOException e) {
                if (server.isOpen()) Log.warn("ipc " + path + ": " + e.getMessage());
            }
        }
    }

    /** Copies until either side closes, then closes both. */
    private static void relay(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        try (from; to) {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) to.write(buffer);
                buffer.clear();
            }
        } catch (IOException e) {
            // the peer went away: nothing to relay any more
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            Log.warn("ipc " + path + ": " + e.getMessage());
        }
    }
}
