package tierpy.kernel.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;
import tierpy.kernel.wire.Log;
import tierpy.kernel.wire.Message;
import tierpy.kernel.wire.WireCodec;
import tierpy.kernel.wire.WireException;

/**
 * The kernel's side of the five sockets. A reactor thread waits on the request sockets' ZeroMQ
 * notification channels with one NIO selector (registered once) and reads requests, control
 * first. Replies and publications are sent at once by the thread that makes them, holding the
 * socket's lock: no hand-off to another thread on the way out. The heartbeat echoes on its own
 * thread so a busy kernel still looks alive. Anything that fails to decode is logged and dropped;
 * it never stops the loop.
 *
 * <p>A ZeroMQ socket's notification channel only says "look at the socket": it is read by
 * {@code getEvents()}, which any send may also do, so after sending on a request socket the
 * sender checks for waiting input and wakes the reactor when there is some.
 */
public final class KernelSockets implements AutoCloseable {

    /** Receives decoded requests on the reactor thread; must not block. */
    @FunctionalInterface
    public interface Handler {
        void onMessage(Channel channel, Message message);
    }

    /** How long the reactor sleeps when nothing happens: only a safety net, wake-ups are explicit. */
    private static final long IDLE_WAIT_MILLIS = 1000;

    private final ZContext context = new ZContext(1);
    private final List<IpcBridge> bridges = new ArrayList<>();
    private final WireCodec codec;
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final ZMQ.Socket heartbeat;
    private final Selector selector;
    /** Sockets to look at besides those the selector reports (bits: 1 control, 2 shell, 4 stdin); all at first. */
    private final AtomicInteger toCheck = new AtomicInteger(7);
    private volatile boolean running = true;
    /** Set holding each socket's lock in turn, so no send is under way once the sockets close. */
    private volatile boolean closed;
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
            selector = Selector.open();
            for (ZMQ.Socket socket : List.of(control, shell, stdin)) socket.getFD().register(selector, SelectionKey.OP_READ, bit(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, Channel channel) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.setSndHWM(0);
        socket.setRcvHWM(0);
        if (!info.transport().equals("ipc")) {
            socket.bind(info.endpoint(channel));
            return socket;
        }
        // libzmq's ipc is a Unix domain socket, which JeroMQ lacks: serve it through a relay to loopback TCP.
        socket.bind("tcp://127.0.0.1:*");
        String endpoint = socket.getLastEndpoint();
        int tcpPort = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
        try {
            bridges.add(IpcBridge.open(Path.of(info.ip() + "-" + info.port(channel)), tcpPort));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen at ipc://" + info.ip() + "-" + info.port(channel), e);
        }
        return socket;
    }

    public void start(Handler handler) {
        reactor = new Thread(() -> runReactor(handler), "tierpy-zmq");
        heartbeatThread = new Thread(this::runHeartbeat, "tierpy-heartbeat");
        heartbeatThread.setDaemon(true);
        reactor.start();
        heartbeatThread.start();
    }

    /** Signs and sends a message on its socket; safe from any thread, in the order of the calls. */
    public void send(Channel channel, Message message) {
        List<byte[]> frames = codec.encode(message);
        ZMQ.Socket socket = switch (channel) {
            case SHELL -> shell;
            case CONTROL -> control;
            case STDIN -> stdin;
            case IOPUB -> iopub;
            case HEARTBEAT -> throw new IllegalArgumentException("the heartbeat only echoes");
        };
        boolean inputWaiting;
        synchronized (socket) {
            if (closed) return;
            Frames.send(socket, frames);
            inputWaiting = socket != iopub && (socket.getEvents() & ZMQ.Poller.POLLIN) != 0;
        }
        if (inputWaiting) {
            toCheck.getAndAccumulate(bit(socket), (a, b) -> a | b);
            selector.wakeup();
        }
    }

    private int bit(ZMQ.Socket socket) {
        return socket == control ? 1 : socket == shell ? 2 : 4;
    }

    private void runReactor(Handler handler) {
        try {
            while (running) {
                int check = toCheck.getAndSet(0);
                for (SelectionKey key : selector.selectedKeys()) check |= (int) key.attachment();
                selector.selectedKeys().clear();
                // Control first, so interrupts and shutdowns overtake queued shell work.
                if ((check & 1) != 0) receiveAll(control, Channel.CONTROL, handler);
                if ((check & 2) != 0) receiveAll(shell, Channel.SHELL, handler);
                if ((check & 4) != 0) receiveAll(stdin, Channel.STDIN, handler);
                // Nothing reported within the wait: look at every socket anyway, so no request can be stranded.
                if (toCheck.get() == 0 && selector.select(IDLE_WAIT_MILLIS) == 0) toCheck.getAndAccumulate(7, (a, b) -> a | b);
            }
        } catch (IOException e) {
            Log.warn("socket thread stopped: " + e);
        } finally {
            closeSockets();
        }
    }

    /** Reads and handles every request waiting on {@code socket}, until ZeroMQ says there is none. */
    private void receiveAll(ZMQ.Socket socket, Channel channel, Handler handler) {
        while (true) {
            List<byte[]> frames;
            synchronized (socket) {
                if ((socket.getEvents() & ZMQ.Poller.POLLIN) == 0) return;
                frames = Frames.receive(socket, ZMQ.DONTWAIT);
            }
            if (frames == null) return;
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

    private void closeSockets() {
        joinQuietly(heartbeatThread);
        for (ZMQ.Socket socket : List.of(shell, control, stdin, iopub)) {
            synchronized (socket) {
                closed = true;
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            Log.warn("closing the selector: " + e);
        }
        context.close();
        bridges.forEach(IpcBridge::close);
    }

    /** Stops the reactor and closes every socket (what was sent is still delivered, within the linger). */
    @Override
    public void close() {
        running = false;
        selector.wakeup();
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
