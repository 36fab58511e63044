package org.factcheck.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code check} through the resident checker: what the launcher runs for a check. It sends the check (its arguments,
 * working folder, environment, standard input when read) to the resident checker of this jar and cache folder, which
 * keeps the rules and analyzers in memory from one check to the next, and prints what comes back, byte for byte, as
 * the check in this process would; it starts the resident checker when none answers. Where none can start or answer,
 * the check runs in this process. Only the JDK's classes until then: this process starts in a tenth of a second.
 */
public final class ResidentClient {
    /** How long a client waits for a resident checker it started to listen. */
    private static final long START_MILLIS = 120_000;
    /**
     * How long after one failed to start (a file system that holds no socket, a path too long for one) clients check
     * in their own process without trying again: each try costs a Java start.
     */
    static final java.time.Duration RETRY_AFTER = java.time.Duration.ofMinutes(10);

    private ResidentClient() {
    }

    public static void main(String[] args) {
        String cache = System.getProperty(Resident.CACHE_PROPERTY);
        Path jar = ownJar();
        if (cache == null || jar == null || args.length == 0 || !args[0].equals("check")) {
            Main.main(args);
            return;
        }
        Resident.Place place = Resident.place(jar, Path.of(cache).toAbsolutePath());
        byte[] stdin = null;
        if (Arrays.asList(args).contains(Inputs.STDIN)) {
            try {
                stdin = System.in.readNBytes(CheckCommand.MAX_STDIN_BYTES + 1);
            } catch (IOException e) {
                stdin = null; // the check in this process says what is wrong with it
            }
        }
        SocketChannel channel = connect(place);
        if (channel == null) {
            channel = start(place, jar);
        }
        Integer status = channel == null ? null : check(channel, place, Path.of("").toAbsolutePath(), args,
                Resident.environment(), System.console() != null, stdin, new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err));
        if (status == null) {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            Main.main(args);
            return;
        }
        System.exit(status);
    }

    /** The jar this class is in, or null (classes in a folder: no resident checker). */
    static Path ownJar() {
        try {
            Path p = Path.of(ResidentClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The check {@code args} done on {@code channel} by the resident checker at {@code place} as in the folder
     * {@code cwd}, with the variables {@code environment}, on a terminal or not ({@code console}), with {@code stdin}
     * (null: none read): its exit status, its output printed on {@code out} and {@code err}; null when it did not
     * answer before printing anything (the caller then checks in its own process). The channel is closed.
     */
    static Integer check(SocketChannel channel, Resident.Place place, Path cwd, String[] args,
            Map<String, String> environment, boolean console, byte[] stdin, OutputStream out, OutputStream err) {
        try (SocketChannel c = channel) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(c)));
            request.writeInt(Resident.MAGIC);
            request.writeByte(Resident.CHECK);
            Resident.writeString(request, cwd.toString());
            request.writeInt(args.length);
            for (String a : args) {
                Resident.writeString(request, a);
            }
            request.writeInt(environment.size());
            for (Map.Entry<String, String> e : environment.entrySet()) {
                Resident.writeString(request, e.getKey());
                Resident.writeString(request, e.getValue());
            }
            request.writeBoolean(console);
            request.writeBoolean(stdin != null);
            if (stdin != null) {
                Resident.writeBytes(request, stdin);
            }
            request.flush();
            return answer(new DataInputStream(new BufferedInputStream(Channels.newInputStream(c))), out, err, place);
        } catch (IOException e) {
            return null; // nothing printed yet (answer handles the rest)
        }
    }

    /**
     * Prints the answer's frames on {@code out} and {@code err}, and returns its exit status; when the connection ends
     * before it, null if nothing was printed yet, else 2 after a line saying so. A stream of this process that can no
     * longer be written (a pipe whose reader went away: {@code | head}) is written no more, as the check's own
     * streams in process would do, and the answer is read to its end.
     */
    static Integer answer(DataInputStream in, OutputStream out, OutputStream err, Resident.Place place) {
        Printed printed = new Printed(out, err);
        try {
            while (true) {
                byte kind = in.readByte();
                if (kind == Resident.EXIT) {
                    printed.flush();
                    return in.readInt();
                }
                printed.write(kind, Resident.readBytes(in, Integer.MAX_VALUE));
            }
        } catch (IOException e) { // the connection ended
            if (!printed.any) {
                return null;
            }
            printed.flush();
            printed.write(Resident.ERR, ("\nfactcheck: the resident checker stopped during the check (its log: "
                    + place.log() + "); " + Resident.VARIABLE + "=off checks in the command's own process\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            printed.flush();
            return 2;
        }
    }

    /** This process's two streams, each written until a write to it fails. */
    private static final class Printed {
        private final OutputStream out;
        private final OutputStream err;
        private boolean outBroken;
        private boolean errBroken;
        /** Whether a frame came: the check has begun to print. */
        boolean any;

        Printed(OutputStream out, OutputStream err) {
            this.out = out;
            this.err = err;
        }

        void write(byte kind, byte[] bytes) {
            any = true;
            try {
                if (kind == Resident.OUT && !outBroken) {
                    out.write(bytes);
                } else if (kind != Resident.OUT && !errBroken) {
                    err.write(bytes);
                }
            } catch (IOException e) {
                outBroken |= kind == Resident.OUT;
                errBroken |= kind != Resident.OUT;
            }
        }

        void flush() {
            try {
                out.flush();
                err.flush();
            } catch (IOException e) {
                // as a stream in process, which never says
            }
        }
    }

    /** A connection to the resident checker at {@code place}, or null when none listens there. */
    static SocketChannel connect(Resident.Place place) {
        if (!Files.exists(place.socket())) {
            return null;
        }
        SocketChannel c = null;
        try {
            c = SocketChannel.open(StandardProtocolFamily.UNIX);
            c.connect(UnixDomainSocketAddress.of(place.socket()));
            return c;
        } catch (IOException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // nothing was sent
                }
            }
            return null;
        }
    }

    /**
     * Starts the resident checker of {@code jar} at {@code place} (one client at a time: the others wait on the lock,
     * then meet the one started) and returns a connection to it; null when it cannot start, or could not in the last
     * {@link #RETRY_AFTER}.
     */
    static SocketChannel start(Resident.Place place, Path jar) {
        try {
            if (Files.exists(place.failed()) && Files.getLastModifiedTime(place.failed()).toInstant()
                    .isAfter(java.time.Instant.now().minus(RETRY_AFTER))) {
                return null;
            }
            place.make();
            try (FileChannel lockFile = FileChannel.open(place.lock(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                SocketChannel c = connect(place);
                if (c != null) {
                    return c;
                }
                Files.deleteIfExists(place.socket());
                ProcessBuilder builder = new ProcessBuilder(command(place, jar))
                        .redirectInput(new File("/dev/null"))
                        .redirectOutput(ProcessBuilder.Redirect.to(place.log().toFile()))
                        .redirectErrorStream(true);
                // the rules folder a check reads from the environment is the client's, sent with each check
                builder.environment().remove("FACTCHECK_RULES");
                Process process = builder.start();
                long until = System.currentTimeMillis() + START_MILLIS;
                while (System.currentTimeMillis() < until) {
                    c = connect(place);
                    if (c != null) {
                        Files.deleteIfExists(place.failed());
                        return c;
                    }
                    if (!process.isAlive()) { // its log says why
                        Files.writeString(place.failed(), "see " + place.log() + "\n");
                        return null;
                    }
                    Thread.sleep(10);
                }
                process.destroy();
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The resident checker's command: this Java, the full compilers (it lives for many checks), the serial collector
     * and a heap of 512 MB at most, the class archive when there is one, the options of
     * {@code FACTCHECK_JAVA_OPTIONS}; in a session of its own when {@code setsid} is there, so that an interrupt of
     * the first client's terminal does not stop it.
     */
    static List<String> command(Resident.Place place, Path jar) {
        List<String> command = new ArrayList<>();
        for (String setsid : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx512m", "-XX:MaxNewSize=64m", "-Xlog:disable",
                "-Xlog:all=error:stderr"));
        String archive = System.getProperty(Resident.ARCHIVE_PROPERTY);
        if (archive != null && Files.isRegularFile(Path.of(archive))) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.add("-D" + Resident.CACHE_PROPERTY + "=" + place.folder().getParent());
        String options = System.getenv("FACTCHECK_JAVA_OPTIONS");
        if (options != null && !options.isBlank()) {
            command.addAll(Arrays.asList(options.strip().split("\\s+")));
        }
        String idle = System.getenv(Resident.IDLE_VARIABLE);
        command.addAll(List.of("-cp", jar.toString(), ResidentServer.class.getName(), place.socket().toString(),
                idle != null && idle.strip().matches("[1-9][0-9]{0,8}") ? idle.strip()
                        : Long.toString(Resident.DEFAULT_IDLE_SECONDS)));
        return command;
    }

    /** Sends a request of {@code kind} without a body ({@link Resident#STATUS}, {@link Resident#STOP}) and prints its answer. */
    static Integer ask(Resident.Place place, byte kind, OutputStream out, OutputStream err) {
        SocketChannel channel = connect(place);
        if (channel == null) {
            return null;
        }
        try (SocketChannel c = channel) {
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(c));
            request.writeInt(Resident.MAGIC);
            request.writeByte(kind);
            request.flush();
            return answer(new DataInputStream(new BufferedInputStream(Channels.newInputStream(c))), out, err, place);
        } catch (IOException e) {
            return null; // it went away before it read the request
        }
    }
}
