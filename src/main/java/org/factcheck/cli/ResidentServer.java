package org.factcheck.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.factcheck.core.Checker;
import org.factcheck.core.Parsing;
import org.factcheck.core.rules.RuleSetException;

/**
 * The resident checker: a process that a client ({@link ResidentClient}) starts at its first check and that does
 * the checks of the clients that follow, the rules read back and each language's analyzer built once for all of
 * them. Each check runs as {@code check} would in the client's own process: in its working folder, with its
 * environment and standard input, its output sent back as it is written. A rules folder is compiled again when a file
 * in it changed since its last check. It listens on a Unix-domain socket in a folder of its owner's alone, and stops
 * after a time without checks ({@value Resident#IDLE_VARIABLE}), when its jar changes, when another takes its
 * socket, or when asked ({@code daemon stop}).
 */
public final class ResidentServer implements AutoCloseable {
    /** How often it looks at its jar, its socket and the time since its last check. */
    private static final Duration WATCH = Duration.ofSeconds(2);
    /** The rules folders whose checker it keeps, those used last. */
    private static final int KEEP = 4;

    private final ServerSocketChannel server;
    private final Path socket;
    private final Object socketKey;
    private final Path jar;
    private final String jarStamp;
    private final Duration idle;
    private final Instant started = Instant.now();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong compilations = new AtomicLong();
    private final AtomicLong lastCheck = new AtomicLong(System.nanoTime());
    private final Kept kept = new Kept();
    private volatile boolean stopping;

    /**
     * Listens at {@code socket} (a stale file there is replaced); {@code jar}, when not null, is watched.
     *
     * @throws IOException when it cannot listen there
     */
    ResidentServer(Path socket, Path jar, Duration idle) throws IOException {
        this.socket = socket;
        this.jar = jar;
        this.jarStamp = jar != null ? Resident.stamp(jar) : null;
        this.idle = idle;
        Files.deleteIfExists(socket);
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        this.socketKey = key(socket);
    }

    /** {@code SOCKET IDLE-SECONDS}: listens until it stops, then exits. */
    public static void main(String[] args) throws Exception {
        Duration idle = Duration.ofSeconds(Math.max(1, Long.parseLong(args[1])));
        try (ResidentServer server = new ResidentServer(Path.of(args[0]), ResidentClient.ownJar(), idle)) {
            log("listening at " + args[0] + " (pid " + ProcessHandle.current().pid() + "), stops after " + idle.toSeconds()
                    + " s without a check");
            server.serve();
        }
        log("stopped");
        System.exit(0);
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }

    /** Accepts clients, each on a thread of its own, until it stops. */
    void serve() throws IOException {
        Thread watch = new Thread(this::watch, "resident-watch");
        watch.setDaemon(true);
        watch.start();
        try {
            while (!stopping) {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> answer(client), "resident-check");
                t.setDaemon(true);
                t.start();
            }
        } catch (ClosedChannelException e) {
            // stopped
        }
        while (running.get() > 0) { // the checks under way end first
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every {@link #WATCH}: stops when idle past its time, when its jar changed, or when its socket is another's. */
    private void watch() {
        while (!stopping) {
            try {
                Thread.sleep(WATCH.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            String why = null;
            if (running.get() == 0 && System.nanoTime() - lastCheck.get() > idle.toNanos()) {
                why = "no check for " + idle.toSeconds() + " s";
            } else if (jar != null && !Resident.stamp(jar).equals(jarStamp)) {
                why = "its jar changed";
            } else if (!socketKey.equals(key(socket))) {
                why = "its socket was removed or taken";
            }
            if (why != null) {
                log("stopping: " + why);
                stop();
            }
        }
    }

    /** Stops listening; the checks under way end. */
    void stop() {
        stopping = true;
        try { // (first: once closed, serve() returns)
            if (socketKey.equals(key(socket))) {
                Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            // another's by now
        }
        try {
            server.close();
        } catch (IOException e) {
            // closed
        }
    }

    /** Stops listening and ends the child processes that read drafts. */
    @Override
    public void close() {
        stop();
        kept.close();
    }

    private static Object key(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : a.creationTime();
        } catch (IOException e) {
            return "none";
        }
    }

    /** One client's request, answered. */
    private void answer(SocketChannel client) {
        try (SocketChannel c = client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(c)));
            Frames frames = new Frames(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c),
                    1 << 16)));
            if (in.readInt() != Resident.MAGIC) {
                return;
            }
            byte kind = in.readByte();
            if (kind == Resident.STATUS) {
                Runtime rt = Runtime.getRuntime();
                frames.write(Resident.OUT, ("resident checker: pid " + ProcessHandle.current().pid() + ", started "
                        + started + ", " + checks.get() + " checks (" + running.get() + " under way), "
                        + (rt.totalMemory() - rt.freeMemory()) / (1 << 20) + " MB of heap in use of "
                        + rt.totalMemory() / (1 << 20) + " MB, rules loaded " + compilations.get() + " times, stops after "
                        + idle.toSeconds() + " s without a check\n").getBytes(StandardCharsets.UTF_8));
                frames.exit(0);
            } else if (kind == Resident.STOP) {
                log("stopping: asked");
                stop();
                frames.exit(0);
            } else if (kind == Resident.CHECK) {
                check(in, frames);
            }
        } catch (IOException | UncheckedIOException e) {
            // the client went away: its check, if any, stopped at its next line of output
        }
    }

    private void check(DataInputStream in, Frames frames) throws IOException {
        Path cwd = Path.of(Resident.readString(in));
        String[] args = new String[count(in.readInt())];
        for (int i = 0; i < args.length; i++) {
            args[i] = Resident.readString(in);
        }
        Map<String, String> environment = new HashMap<>();
        for (int i = count(in.readInt()); i > 0; i--) {
            environment.put(Resident.readString(in), Resident.readString(in));
        }
        boolean console = in.readBoolean();
        InputStream stdin = in.readBoolean()
                ? new ByteArrayInputStream(Resident.readBytes(in, CheckCommand.MAX_STDIN_BYTES + 1))
                : InputStream.nullInputStream();
        checks.incrementAndGet();
        running.incrementAndGet(); // (a client that connects and sends nothing does not keep it from stopping)
        try {
            PrintStream out = new PrintStream(frames.stream(Resident.OUT), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(frames.stream(Resident.ERR), true, StandardCharsets.UTF_8);
            if (args.length == 0 || !args[0].equals("check")) {
                err.println("factcheck: the resident checker runs check alone");
                frames.exit(2);
                return;
            }
            int status = Main.run(new Invocation(cwd, stdin, out, err, console, Map.copyOf(environment),
                    kept), args);
            out.flush();
            err.flush();
            frames.exit(status);
        } finally {
            lastCheck.set(System.nanoTime());
            running.decrementAndGet();
        }
    }

    /** @throws IOException for a count no client sends: not a request of this protocol */
    private static int count(int n) throws IOException {
        if (n < 0 || n > 1 << 20) {
            throw new IOException("a count of " + n);
        }
        return n;
    }

    /**
     * The answer's frames on the client's connection; a write that fails (the client went away) throws
     * {@link UncheckedIOException}, which stops the check through the streams that swallow {@link IOException}.
     */
    private static final class Frames {
        private final DataOutputStream out;

        Frames(DataOutputStream out) {
            this.out = out;
        }

        synchronized void write(byte kind, byte[] b, int off, int len) {
            try {
                out.writeByte(kind);
                out.writeInt(len);
                out.write(b, off, len);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void write(byte kind, byte[] b) {
            write(kind, b, 0, b.length);
        }

        synchronized void exit(int status) throws IOException {
            out.writeByte(Resident.EXIT);
            out.writeInt(status);
            out.flush();
        }

        OutputStream stream(byte kind) {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (len > 0) {
                        Frames.this.write(kind, b, off, len);
                    }
                }
            };
        }
    }

    /**
     * The parsings and checkers kept from one check to the next: one parsing in process and one for each heap of the
     * child that reads the other drafts (started at the first that needs it, then kept); a checker for each rules
     * folder used last, compiled again when a file in the folder changed.
     */
    private final class Kept implements Invocation.Drafts {
        private final Map<String, Parsing> parsings = new HashMap<>();
        private final Map<String, Rules> checkers = new LinkedHashMap<>(16, 0.75f, true);

        /** A checker and the state of its folder's files when it was compiled. */
        private record Rules(String stamp, Checker checker) {
        }

        /** The kept parsing asked for (a child's started at its first draft whatever {@code textsOnly} says). */
        @Override
        public <T> T withParsing(boolean inProcess, int memoryMb, boolean textsOnly, Function<Parsing, T> run) {
            return run.apply(parsing(inProcess, memoryMb));
        }

        private synchronized Parsing parsing(boolean inProcess, int memoryMb) {
            return parsings.computeIfAbsent(inProcess ? "in process" : memoryMb + " MB", k -> inProcess
                    ? Parsing.inProcess(Parsing.DEFAULT_MAX_TEXT_CHARS)
                    : Parsing.inAChildProcess(Parsing.DEFAULT_MAX_TEXT_CHARS, memoryMb, true));
        }

        /** The kept checker of {@code folder} if no file in it changed since, else one compiled now and kept. */
        @Override
        public synchronized Checker checker(Invocation.RulesPath rules, Parsing parsing, String language,
                Supplier<String> firstText) throws RuleSetException {
            Path folder = rules == null ? null : rules.path();
            String name = folder == null ? "" : folder.toAbsolutePath().normalize().toString();
            String stamp = folder == null ? "packaged" : stamp(folder);
            Rules kept = checkers.get(name);
            if (kept != null && kept.stamp().equals(stamp)) {
                return kept.checker().readingWith(parsing);
            }
            Checker checker = Checker.openForFirst(folder, rules == null ? null : rules.shown(), parsing, language,
                    firstText);
            compilations.incrementAndGet();
            checkers.put(name, new Rules(stamp, checker));
            while (checkers.size() > KEEP) {
                checkers.remove(checkers.keySet().iterator().next());
            }
            return checker;
        }

        synchronized void close() {
            parsings.values().forEach(Parsing::close);
            parsings.clear();
        }

        /** The paths, sizes and times of the files under a rules folder: an edit of any changes it. */
        private static String stamp(Path folder) {
            StringBuilder s = new StringBuilder();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted().forEach(f -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        s.append(folder.relativize(f)).append('\0').append(a.size()).append('\0')
                                .append(a.lastModifiedTime()).append('\n');
                    } catch (IOException e) {
                        s.append(f).append("\0?\n");
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                s.append("unreadable: ").append(e.getMessage());
            }
            return s.toString();
        }
    }
}
