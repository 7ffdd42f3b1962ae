package tierpy.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tierpy.kernel.wire.HmacSigner;
import tierpy.kernel.wire.WireCodec;

/** transport "ipc" as jupyter_client writes it: a Unix domain socket at IP-PORT per channel, speaking ZMTP. */
class IpcTransportTest {
    @TempDir
    Path dir;

    @Test
    void everyChannelListensAtItsPathAndGreetsInZmtp() throws Exception {
        String ip = dir.resolve("kernel-1-ipc").toString();
        ConnectionInfo info = new ConnectionInfo("ipc", ip, 1, 2, 3, 4, 5, "key", "hmac-sha256", "tierpy");
        KernelSockets sockets = new KernelSockets(info, new WireCodec(new HmacSigner("key", "hmac-sha256")));
        sockets.start((channel, message) -> { });
        try {
            for (Channel channel : Channel.values()) {
                Path path = Path.of(ip + "-" + info.port(channel));
                assertTrue(Files.exists(path), path.toString());
                try (SocketChannel unix = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    unix.connect(UnixDomainSocketAddress.of(path));
                    ByteBuffer greeting = ByteBuffer.allocate(10);
                    while (greeting.hasRemaining() && unix.read(greeting) >= 0) {
                        // the ZMTP 3 signature: 0xFF, 8 padding bytes, 0x7F
                    }
                    assertEquals((byte) 0xFF, greeting.get(0), channel.name());
                    assertEquals((byte) 0x7F, greeting.get(9), channel.name());
                }
            }
        } finally {
            sockets.close();
        }
        assertFalse(Files.exists(Path.of(ip + "-1")), "the socket files go with the kernel");
    }
}
