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
 * since each byte resets it. A connection is looked at every deadline: if it handles no request and has begun none
 * since the last look, it is closed (one that only waits between requests is closed too, which costs its client a
 * new connection). Connections are known by their client's address and port, so a TLS connection and the HTTP one
 * inside it are one.
 */
final class RequestHeadDeadline extends Handler.Wrapper implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHeadDeadline.class);

    private final long millis;
    private final ScheduledExecutorService scheduler;
    private final Map<SocketAddress, State> connections = new ConcurrentHashMap<>();

    /** A connection's requests begun, and those under way. */
    private static final class State {
        final Connection connection;
        final AtomicInteger begun = new AtomicInteger();
        final AtomicInteger underWay = new AtomicInteger();

        State(Connection connection) {
            this.connection = connection;
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
        if (client != null && connections.putIfAbsent(client, new State(connection)) == null) {
            look(client, 0);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        SocketAddress client = connection.getEndPoint().getRemoteSocketAddress();
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
                int begun = s.begun.get();
                if (s.underWay.get() == 0 && begun == seen) {
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
            handled = super.handle(request, response, Callback.from(callback, s.underWay::decrementAndGet));
            return handled;
        } finally {
            if (!handled) {
                s.underWay.decrementAndGet();
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        scheduler.shutdownNow();
        super.doStop();
    }
}
