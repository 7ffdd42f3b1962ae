package tierpy.kernel.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;
import tierpy.kernel.wire.Log;
import tierpy.kernel.wire.Message;
import tierpy.kernel.wire.WireCodec;
import tierpy.kernel.wire.WireException;

/**
 * The kernel's side of the five sockets. One reactor thread owns shell, control, stdin and iopub:
 * it reads requests (control first) and writes everything other threads queue with {@link #send},
 * in queue order, woken through a pipe. The heartbeat echoes on its own thread so a busy kernel
 * still looks alive. Anything that fails to decode is logged and dropped; it never stops the loop.
 */
public final class KernelSockets implements AutoCloseable {

    /** Receives decoded requests on the reactor thread; must not block. */
    @FunctionalInterface
    public interface Handler {
        void onMessage(Channel channel, Message message);
    }

    private record Outgoing(Channel channel, List<byte[]> frames) {}

    private final ZContext context = new ZContext(1);
    private final WireCodec codec;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final LinkedBlockingQueue<Outgoing> outbox = new LinkedBlockingQueue<>();
    private final Pipe wake;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean running = true;
    private Thread reactor;
    private Thread heartbeatThread;

    public KernelSockets(ConnectionInfo info, WireCodec codec) {
        this.codec = codec;
        shell = bind(SocketType.ROUTER, info, Channel.SHELL);
        control = bind(SocketType.ROUTER, info, Channel.CONTROL);
        stdin = bind(SocketType.ROUTER, info, Channel.STDIN);
        iopub = bind(SocketType.PUB, info, Channel.IOPUB);
        heartbeat = bind(SocketType.REP, info, Channel.HEARTBEAT);
        heartbeat.setReceiveTimeOut(100);
        try {
            wake = Pipe.open();
            wake.source().configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, Channel channel) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.setSndHWM(0);
        socket.setRcvHWM(0);
        socket.bind(info.endpoint(channel));
        return socket;
    }

    public void start(Handler handler) {
        reactor = new Thread(() -> runReactor(handler), "tierpy-zmq");
        heartbeatThread = new Thread(this::runHeartbeat, "tierpy-heartbeat");
        heartbeatThread.setDaemon(true);
        reactor.start();
        heartbeatThread.start();
    }

    /** Queues a message for its socket; safe from any thread, keeps the order of calls. */
    public void send(Channel channel, Message message) {
        outbox.add(new Outgoing(channel, codec.encode(message)));
        wakeUp();
    }

    private void wakeUp() {
        if (wakePending.compareAndSet(false, true)) {
            try {
                wake.sink().write(ByteBuffer.wrap(new byte[] {1}));
            } catch (IOException e) {
                Log.warn("cannot wake the socket thread: " + e);
            }
        }
    }

    private void runReactor(Handler handler) {
        ZMQ.Poller poller = context.createPoller(4);
        int controlIndex = poller.register(control, ZMQ.Poller.POLLIN);
        int shellIndex = poller.register(shell, ZMQ.Poller.POLLIN);
        int stdinIndex = poller.register(stdin, ZMQ.Poller.POLLIN);
        int wakeIndex = poller.register(wake.source(), ZMQ.Poller.POLLIN);
        ByteBuffer scratch = ByteBuffer.allocate(64);
        while (running) {
            poller.poll(1000);
            if (poller.pollin(wakeIndex)) drainWake(scratch);
            flushOutbox();
            if (poller.pollin(controlIndex)) receiveAll(control, Channel.CONTROL, handler);
            if (poller.pollin(shellIndex)) receiveAll(shell, Channel.SHELL, handler);
            if (poller.pollin(stdinIndex)) receiveAll(stdin, Channel.STDIN, handler);
            flushOutbox();
        }
        flushOutbox();
        poller.close();
        joinQuietly(heartbeatThread);
        context.close();
    }

    private void drainWake(ByteBuffer scratch) {
        wakePending.set(false);
        try {
            while (wake.source().read(scratch.clear()) > 0) {
                // drained: the byte only says "look at the outbox"
            }
        } catch (IOException e) {
            Log.warn("wake pipe: " + e);
        }
    }

    private void receiveAll(ZMQ.Socket socket, Channel channel, Handler handler) {
        List<byte[]> frames;
        while ((frames = Frames.receive(socket, ZMQ.DONTWAIT)) != null) {
            Message message;
            try {
                message = codec.decode(frames);
            } catch (WireException e) {
                Log.warn("dropped a message on " + channel.wireName() + ": " + e.getMessage());
                continue;
            }
            try {
                handler.onMessage(channel, message);
            } catch (RuntimeException e) {
                Log.warn("handling " + message.msgType() + " on " + channel.wireName() + " failed: " + e);
            }
        }
    }

    private void flushOutbox() {
        Outgoing next;
        while ((next = outbox.poll()) != null) {
            ZMQ.Socket socket = switch (next.channel()) {
                case SHELL -> shell;
                case CONTROL -> control;
                case STDIN -> stdin;
                case IOPUB -> iopub;
                case HEARTBEAT -> throw new IllegalArgumentException("the heartbeat only echoes");
            };
            Frames.send(socket, next.frames());
        }
    }

    private void runHeartbeat() {
        while (running) {
            try {
                ZMsg ping = ZMsg.recvMsg(heartbeat, true);
                if (ping != null) ping.send(heartbeat);
            } catch (RuntimeException e) {
                if (running) Log.warn("heartbeat: " + e);
                return;
            }
        }
    }

    /** Sends what is queued, then closes every socket. */
    @Override
    public void close() {
        running = false;
        wakeUp();
        joinQuietly(reactor);
    }

    private static void joinQuietly(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) return;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
