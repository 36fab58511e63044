package org.factcheck.core.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads drafts in child Java processes ({@link ExtractionWorker}), each with a bounded heap, so that a hostile file
 * (a bomb that passes every limit of the parsers, a parser's endless loop, a crash) costs at most one child and one
 * refusal, never this process's memory or threads. A pool of warm children serves the drafts one at a time each:
 * a child that runs out of memory exits ({@code -XX:+ExitOnOutOfMemoryError}), one that passes its time is killed,
 * and either is replaced in the background; each is also replaced after a number of drafts, by a fresh child started
 * while it still serves, so that the pool never waits for that start. Thread-safe.
 */
public final class ForkedExtractor implements Extractor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ForkedExtractor.class);
    /** The exit status of a JVM that {@code -XX:+ExitOnOutOfMemoryError} stopped. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** How long a child whose streams closed may take to exit by itself before it is killed. */
    private static final long EXIT_WAIT_SECONDS = 2;
    /**
     * How many drafts a child reads before a fresh one replaces it: a start costs a second or two of CPU and a cold
     * JIT, so not often (500 halved the service's throughput), but now and then, lest whatever a parser keeps pile up.
     * The fresh child starts while the old one serves on ({@link #replace}).
     */
    static final int DRAFTS_PER_WORKER = 20_000;
    /** The most time a child may take to start and read its first small document. */
    private static final Duration START_TIME = Duration.ofSeconds(60);

    /**
     * How the children run.
     *
     * @param workers            how many children, each reading one draft at a time (at least 1)
     * @param memoryMb           each child's heap, in MB
     * @param timeout            the most time a child may take over one draft, once it has it; past it, the child is
     *                           killed and the draft refused as too large
     * @param maxChars           the most characters of text a draft may extract to
     * @param draftsPerWorker    how many drafts a child reads before it is replaced by a fresh one
     * @param classPath          the children's class path: this project's classes and libraries
     */
    public record Options(int workers, int memoryMb, Duration timeout, int maxChars, int draftsPerWorker,
                          List<Path> classPath) {
        public Options {
            if (workers < 1 || memoryMb < 16 || timeout.isNegative() || maxChars < 1 || draftsPerWorker < 1
                    || classPath.isEmpty()) {
                throw new IllegalArgumentException("workers ≥ 1, memory ≥ 16 MB, a timeout, a text limit and a class"
                        + " path are required");
            }
            classPath = List.copyOf(classPath);
        }

        /**
         * The defaults beside {@code workers} and {@code memoryMb}: the time of {@link DocumentExtractor}'s own
         * parse limit and two seconds more (for a parser that emits nothing for its limit to look at the clock, such
         * as PDFBox running through a content stream of millions of operators), {@value #DRAFTS_PER_WORKER} drafts a child, and
         * {@link #classPathOf(ClassLoader)} of this class's loader.
         */
        public static Options of(int workers, int memoryMb, int maxChars) {
            return new Options(workers, memoryMb, Duration.ofSeconds(DocumentExtractor.PARSE_SECONDS + 2), maxChars,
                    DRAFTS_PER_WORKER, classPathOf(ForkedExtractor.class.getClassLoader()));
        }
    }

    private final Options options;
    private final List<String> command;
    private final BlockingQueue<Slot> free;
    private final ScheduledThreadPoolExecutor watchdog;
    private final ExecutorService starter;
    private final AtomicInteger started = new AtomicInteger();
    /**
     * Whether a replacement is starting: one at a time, since the children, which serve in turn, reach their share
     * of drafts together, and their starts at once would take the cores from the checks.
     */
    private final AtomicBoolean replacementStarting = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * Starts the children and waits until each is ready.
     *
     * @throws IllegalStateException when a child cannot start (no Java, a class path without this project)
     */
    public ForkedExtractor(Options options) {
        this(options, true);
    }

    private ForkedExtractor(Options options, boolean wait) {
        this.options = options;
        this.command = command(options);
        this.free = new ArrayBlockingQueue<>(options.workers());
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemon("factcheck-parser-watchdog"));
        watchdog.setRemoveOnCancelPolicy(true); // a draft's kill, cancelled once it is read, leaves the queue then
        this.starter = Executors.newCachedThreadPool(daemon("factcheck-parser-start"));
        List<java.util.concurrent.Future<?>> starts = new ArrayList<>();
        for (int i = 0; i < options.workers(); i++) {
            starts.add(starter.submit(() -> {
                fill(new Slot(null));
                return null;
            }));
        }
        if (wait) {
            try {
                for (var start : starts) {
                    start.get();
                }
            } catch (Exception e) {
                close();
                Throwable cause = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
                throw new IllegalStateException("the parser's child process does not start: " + cause.getMessage(),
                        cause);
            }
            LOG.info("drafts are read in {} child processes of {} MB each", options.workers(), options.memoryMb());
        }
    }

    /**
     * Starts the children in the background and returns at once: the first drafts wait for them (a command line
     * compiles its rules meanwhile). A child that cannot start fails the draft that waits for it.
     */
    public static ForkedExtractor startingInBackground(Options options) {
        return new ForkedExtractor(options, false);
    }

    @Override
    public ExtractedDocument extract(byte[] content, String name) throws DraftException {
        Slot slot;
        try {
            slot = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parser", e);
        }
        slot.takeReplacement();
        boolean keep = false;
        try {
            for (int attempt = 1; ; attempt++) {
                if (slot.worker == null || !slot.worker.process.isAlive()) {
                    slot.destroy();
                    slot.worker = startWorker();
                }
                try {
                    ExtractedDocument doc = slot.worker.extract(content, name);
                    keep = true;
                    return doc;
                } catch (DraftException e) {
                    keep = slot.worker.healthy;
                    throw e;
                } catch (Stopped e) {
                    // a child that dies with no cause of its own (killed from outside while idle, a crash): the
                    // draft is read again by a fresh one; a draft that stops two children is the fault
                    slot.destroy();
                    if (attempt == 2) {
                        throw new DraftException.Corrupt("the document's reader stopped on it (" + e.getMessage() + ")",
                                null);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the parser's child process does not start: " + e.getMessage(), e);
        } finally {
            Worker worker = slot.worker;
            if (keep && worker != null && worker.drafts >= options.draftsPerWorker()) {
                replace(slot);
            }
            release(slot, keep && worker != null);
        }
    }

    /**
     * Starts, in the background, the fresh child that is to take the place of the slot's, which read its share of
     * drafts and serves on meanwhile; the first draft to take the slot once it is ready swaps them. Nothing when the
     * slot's replacement is ready or another is starting: a later draft the old child reads asks again.
     */
    private void replace(Slot slot) {
        if (closed || slot.next.get() != null || !replacementStarting.compareAndSet(false, true)) {
            return;
        }
        try {
            starter.execute(() -> {
                try {
                    slot.next.set(startWorker());
                    if (closed) { // close() may have passed the slot before its replacement was there
                        slot.destroyReplacement();
                    }
                } catch (IOException | RuntimeException e) {
                    if (!closed) { // the next draft the child reads tries again
                        LOG.error("a parser's child process does not start: {} (the one it replaces serves on)",
                                e.getMessage());
                    }
                } finally {
                    replacementStarting.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            replacementStarting.set(false); // closing
        }
    }

    /** How many slots wait in the pool for a draft: for tests. */
    int ready() {
        return free.size();
    }

    /** How many children were started, replacements included: for tests. */
    int started() {
        return started.get();
    }

    /** How many slots of the pool hold a fresh child ready to replace theirs at the next draft: for tests. */
    int replacementsReady() {
        return (int) free.stream().filter(slot -> slot.next.get() != null).count();
    }

    /** A child that stopped without an answer, neither killed for its time nor out of memory. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped(String status) {
            super(status);
        }
    }

    /** Gives the slot back: as it is, or once a fresh child has replaced its own (in the background). */
    private void release(Slot slot, boolean keep) {
        if (keep || closed) {
            if (closed) {
                slot.destroy();
            }
            free.add(slot);
            return;
        }
        slot.retire();
        starter.execute(() -> {
            try {
                fill(slot);
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    LOG.error("a parser's child process does not start: {} (the next draft tries again)",
                            e.getMessage());
                }
            }
        });
    }

    /**
     * Starts a child in the slot and puts the slot in the pool: without a child when it fails to start (the next
     * draft tries again), emptied when the extractor closed meanwhile.
     */
    private void fill(Slot slot) throws IOException {
        try {
            slot.worker = startWorker();
        } finally {
            if (closed) {
                slot.destroy();
            }
            free.add(slot);
        }
    }

    private Worker startWorker() throws IOException {
        if (closed) {
            throw new IOException("the extractor is closed");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // the child needs none of the service's secrets (tokens, passwords, the keystore's password)
        builder.environment().keySet().removeIf(k -> k.startsWith("FACTCHECK_"));
        Process process = builder.start();
        Worker worker = new Worker(process, started.incrementAndGet());
        ScheduledFuture<?> kill = watchdog.schedule(process::destroyForcibly, START_TIME.toMillis(), TimeUnit.MILLISECONDS);
        try {
            int first = worker.in.read();
            if (first != WorkerProtocol.READY) {
                process.destroyForcibly();
                throw new IOException(first < 0 ? "it exited (" + exitStatus(process) + ")"
                        : "it wrote something else than its ready sign");
            }
        } finally {
            kill.cancel(false);
        }
        return worker;
    }

    /** The kills waiting for their time: one for each child starting or reading a draft. */
    int pendingKills() {
        return watchdog.getQueue().size();
    }

    /** Ends the children (each finishes the draft it reads, unless it has to be killed) and the threads. */
    @Override
    public void close() {
        closed = true;
        for (Slot slot; (slot = free.poll()) != null; ) {
            slot.destroy();
        }
        starter.shutdownNow();
        watchdog.shutdownNow();
    }

    /** "30", "0.25": a time in seconds, as people write it. */
    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** Waits a little for a child whose streams closed to exit by itself. */
    private static void awaitExit(Process process) {
        try {
            process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String exitStatus(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? "status " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown status";
        }
    }

    /** A place in the pool: the child in it may be replaced. */
    private static final class Slot {
        volatile Worker worker;
        /** The fresh child started to replace {@link #worker}, once it is ready. */
        final AtomicReference<Worker> next = new AtomicReference<>();

        Slot(Worker worker) {
            this.worker = worker;
        }

        /** Puts the fresh child in place of the old one, which ends once done, when one is ready. */
        void takeReplacement() {
            Worker fresh = next.getAndSet(null);
            if (fresh != null) {
                Worker old = worker;
                worker = fresh;
                if (old != null) {
                    old.end();
                }
            }
        }

        void destroyReplacement() {
            Worker fresh = next.getAndSet(null);
            if (fresh != null) {
                fresh.process.destroyForcibly();
            }
        }

        void retire() {
            Worker w = worker;
            worker = null;
            if (w != null) {
                w.end();
            }
        }

        void destroy() {
            Worker w = worker;
            worker = null;
            if (w != null) {
                w.process.destroyForcibly();
            }
            destroyReplacement();
        }
    }

    /** One child process and its pipes. */
    private final class Worker {
        final Process process;
        final int number;
        final DataInputStream in;
        final DataOutputStream out;
        int drafts;
        /** False once the child died, was killed or broke the protocol: it is then replaced. */
        boolean healthy = true;

        Worker(Process process, int number) {
            this.process = process;
            this.number = number;
            this.in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        }

        ExtractedDocument extract(byte[] content, String name) throws DraftException, Stopped {
            drafts++;
            AtomicBoolean timedOut = new AtomicBoolean();
            long start = System.nanoTime();
            ScheduledFuture<?> kill = watchdog.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            try {
                WorkerProtocol.writeRequest(out, content, name);
                return WorkerProtocol.readAnswer(in);
            } catch (IOException e) {
                healthy = false;
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (!timedOut.get()) {
                    // a child out of memory closes its streams while it exits: killed then, it would leave status
                    // 137 rather than its own, and the draft would not be named too large
                    awaitExit(process);
                }
                process.destroyForcibly();
                throw fault(e, timedOut.get(), millis);
            } finally {
                kill.cancel(false);
            }
        }

        /**
         * Why the child gave no answer, as the draft's fault; {@link Stopped} when the child gives no cause. A draft
         * past a limit is logged at the info level only: its caller reports it.
         */
        private DraftException fault(IOException e, boolean timedOut, long millis) throws Stopped {
            if (timedOut) {
                LOG.info("parser {} killed: a draft took more than {} s", number, seconds(options.timeout()));
                return new DraftException.TooLarge("reading the document took more than "
                        + seconds(options.timeout()) + " s", null);
            }
            String status = exitStatus(process);
            if (status.equals("status " + OUT_OF_MEMORY_EXIT)) {
                if (drafts > 1) {
                    // a child that read other drafts before may have kept some of them: a fresh one reads it again
                    LOG.info("parser {} ran out of its {} MB after {} drafts: the draft is read again", number,
                            options.memoryMb(), drafts);
                    throw new Stopped("out of memory after " + drafts + " drafts");
                }
                LOG.info("parser {} ran out of its {} MB after {} ms on a draft", number, options.memoryMb(), millis);
                return new DraftException.TooLarge("reading the document needs more than " + options.memoryMb()
                        + " MB of memory", null);
            }
            LOG.warn("parser {} stopped on a draft after {} ms ({}): {}", number, millis, status, e.getMessage());
            throw new Stopped(status);
        }

        /** Closes the child's input: it exits once done. */
        void end() {
            try {
                out.close();
            } catch (IOException e) {
                process.destroyForcibly();
            }
            process.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> {
                process.destroyForcibly();
                return process;
            });
        }
    }

    private static List<String> command(Options options) {
        return javaCommand(options.memoryMb(), List.of("-Xss4m"), options.classPath(), ExtractionWorker.class,
                String.valueOf(options.maxChars()));
    }

    /**
     * The command of a child process of this project: this process's Java running {@code main} on
     * {@code classPath} ({@link #classPathOf}) with {@code args}, in a heap of {@code heapMb} that the child exits on
     * running out of, with the serial collector, headless, and {@code options} beside.
     */
    public static List<String> javaCommand(int heapMb, List<String> options, List<Path> classPath, Class<?> main,
                                           String... args) {
        List<String> c = new ArrayList<>();
        c.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        c.add("-Xmx" + heapMb + "m");
        c.add("-XX:+ExitOnOutOfMemoryError");
        c.add("-XX:+UseSerialGC");
        c.addAll(options);
        c.add("-Djava.awt.headless=true");
        c.add("-cp");
        c.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        c.add(main.getName());
        c.addAll(List.of(args));
        return List.copyOf(c);
    }

    /**
     * The class path that loads this project in a child: the files of every {@link URLClassLoader} from
     * {@code loader} up (a servlet container's webapp loader lists {@code WEB-INF/classes} and
     * {@code WEB-INF/lib}), then {@code java.class.path} (the jar of the command line; a jar's manifest class path is
     * followed by the child's JVM too).
     *
     * @throws IllegalStateException when this class was not loaded from a file, or no file is found (a WAR that the
     *                               container did not unpack)
     */
    public static List<Path> classPathOf(ClassLoader loader) {
        Set<Path> out = new LinkedHashSet<>();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            out.add(Paths.get(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a file the child could open
                        }
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Paths.get(entry));
            }
        }
        out.removeIf(p -> !Files.exists(p));
        var source = ExtractionWorker.class.getProtectionDomain().getCodeSource();
        if (out.isEmpty() || source == null || !"file".equals(source.getLocation().getProtocol())) {
            throw new IllegalStateException("this project's classes are not files a child process can load (a WAR"
                    + " must run unpacked to read drafts in child processes)");
        }
        return List.copyOf(out);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
