package org.factcheck.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to items on {@code threads} threads and hands the results back in the items' order, each as soon
 * as it and those before it are done. At most twice as many items as threads are in hand at once, so that a run over
 * thousands of drafts holds a few reports, not all of them. With one thread, each item is done when its result is
 * asked for, on the caller's thread.
 *
 * @param <T> the items
 * @param <R> the results; the function must not throw (a failure is a result)
 */
final class InOrder<T, R> implements Iterator<R>, AutoCloseable {
    private final Iterator<T> items;
    private final Function<T, R> function;
    private final ExecutorService pool;
    private final int ahead;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();

    InOrder(List<T> items, int threads, Function<T, R> function) {
        this.items = items.iterator();
        this.function = function;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "check");
            t.setDaemon(true);
            return t;
        }) : null;
        this.ahead = 2 * threads;
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty() || items.hasNext();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pool == null) {
            return function.apply(items.next());
        }
        while (pending.size() < ahead && items.hasNext()) {
            T item = items.next();
            pending.add(pool.submit(() -> function.apply(item)));
        }
        Future<R> head = pending.removeFirst();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            // the function returns its failures: what reaches here is an Error of the JVM's, thrown again as it was
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the threads; items not yet asked for are not done. */
    @Override
    public void close() {
        if (pool != null) {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
