package tierpy.kernel.transport;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/** Multipart send and receive on one socket, in the calling (owning) thread. */
final class Frames {
    private Frames() {}

    /** All frames of the next message, or null if none is waiting (with {@code flags} = DONTWAIT) or on timeout. */
    static List<byte[]> receive(ZMQ.Socket socket, int flags) {
        byte[] first = socket.recv(flags);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv(0));
        return frames;
    }

    static void send(ZMQ.Socket socket, List<byte[]> frames) {
        int last = frames.size() - 1;
        for (int i = 0; i < last; i++) socket.sendMore(frames.get(i));
        socket.send(frames.get(last), 0);
    }
}
