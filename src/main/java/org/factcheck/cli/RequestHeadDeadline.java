package org.factcheck.cli;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off a connection that sends no whole request head (request line and headers) within a deadline while no
 * request of it is under way: a client trickling its headers a byte at a time, which the idle timeout never stops
 * since each byte resets it. A connection is looked at every deadline: if it handles no request, has begun none since
 * the last look and has received bytes since its last request ended (or since it opened), it is closed; one that
 * received nothing since is only waiting for its client's next request, which the idle timeout bounds (closing it
 * here would race with a client about to reuse it). Connections are known by their client's address and port, so a
 * TLS connection and the HTTP one inside it are one; a closed socket no longer tells its client's address, so each
 * connection's address is kept from its opening to its closing, when the connection is forgotten.
 */
final class RequestHeadDeadline extends Handler.Wrapper implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHeadDeadline.class);

    private final long millis;
    private final ScheduledExecutorService scheduler;
    private final Map<SocketAddress, State> connections = new ConcurrentHashMap<>();
    /** Each open connection's client (Jetty's connections are equal only to themselves). */
    private final Map<Connection, SocketAddress> clients = new ConcurrentHashMap<>();

    /**
     * A connection's requests begun, those under way, and the bytes it had received when none was (at its opening,
     * at the end of each request): more since, with no request begun, are a request head coming too slowly.
     */
    private static final class State {
        final Connection connection;
        /** The connections on the same socket (TLS, then HTTP inside it), for the bytes received. */
        final java.util.List<Connection> layers = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger underWay = new AtomicInteger();
        volatile long bytesAtRest;

        State(Connection connection) {
            this.connection = connection;
            layers.add(connection);
        }

        /** The most bytes any layer says it received, or -1 when none says. */
        long bytesIn() {
            return layers.stream().mapToLong(Connection::getBytesIn).max().orElse(-1);
        }
    }

    RequestHeadDeadline(Handler handler, long millis) {
        super(handler);
        this.millis = millis;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factcheck-request-head-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress client = connection.getEndPoint().getRemoteSocketAddress();
        if (client == null) {
            return;
        }
        clients.put(connection, client);
        State s = connections.putIfAbsent(client, new State(connection));
        if (s == null) {
            look(client, 0);
        } else {
            s.layers.add(connection);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        SocketAddress client = clients.remove(connection);
        if (client != null) {
            connections.computeIfPresent(client, (k, s) -> s.connection == connection ? null : s);
        }
    }

    private void look(SocketAddress client, int seen) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> {
                State s = connections.get(client);
                if (s == null) {
                    return;
                }
                if (!s.connection.getEndPoint().isOpen()) { // closed without a word to the listener
                    connections.remove(client, s);
                    s.layers.forEach(clients::remove);
                    return;
                }
                int begun = s.begun.get();
                long bytes = s.bytesIn();
                boolean resting = bytes >= 0 && bytes == s.bytesAtRest; // waiting for a request: the idle timeout's
                if (s.underWay.get() == 0 && begun == seen && !resting) {
                    LOG.info("connection from {} cut off: no whole request head in {} s", client, millis / 1000);
                    connections.remove(client, s);
                    s.connection.getEndPoint().close();
                } else {
                    look(client, begun);
                }
            }, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        State s = connections.get(request.getConnectionMetaData().getRemoteSocketAddress());
        if (s == null) {
            return super.handle(request, response, callback);
        }
        s.begun.incrementAndGet();
        s.underWay.incrementAndGet();
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, () -> {
                if (s.underWay.decrementAndGet() == 0) {
                    s.bytesAtRest = s.bytesIn();
                }
            }));
            return handled;
        } finally {
            if (!handled && s.underWay.decrementAndGet() == 0) {
                s.bytesAtRest = s.bytesIn();
            }
        }
    }

    /** How many connections the deadline watches: those open. */
    int known() {
        return connections.size();
    }

    @Override
    protected void doStop() throws Exception {
        scheduler.shutdownNow();
        super.doStop();
    }
}
