package org.factcheck.core.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.factcheck.core.Failures;
import org.factcheck.core.extract.ForkedExtractor;

/**
 * Rules compiled in a child process, their packages read back in this one: for a service, which would otherwise keep
 * the compiler's classes (Drools' parsers, MVEL's, the Java compiler's) loaded for as long as it runs, with their
 * tables (the Java parser's alone is 7.9 MB of heap). A service whose cache held no compiled rules for its folder
 * measured 65 MB of class metadata and a live heap 10 MB larger, against 53 MB for one that read them back.
 *
 * <p>The child ({@link #main}) reads the DRL sources on its standard input and writes, on its standard output, either
 * the compiled packages as {@link CompiledRulesCache#serialize} writes them or the compiler's problems; whatever a
 * library prints goes to standard error, which the parent shows in its own. A child that cannot be started (a WAR
 * the container did not unpack), fails or takes longer than {@link #TIMEOUT} gives {@code null} and a warning: the
 * caller compiles in its own process, as before.
 *
 * <p>The streams: the sources as an int count, then each as its path and its text (each an int length and UTF-8
 * bytes); the answer as {@link #MAGIC}, then {@link #PACKAGES} with an int length and the bytes, or {@link #PROBLEMS}
 * with an int count and each problem.
 */
public final class ChildCompilation {
    /** How long a compilation may take in the child (a few seconds on a slow machine) before it is killed. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The child's heap: the packaged rules compile in 64 MB (in 2 s, 114 MB resident at the most). */
    static final int HEAP_MB = 256;
    private static final String MAGIC = "factcheck-compilation-1";
    private static final byte PACKAGES = 1;
    private static final byte PROBLEMS = 2;

    private ChildCompilation() {
    }

    /**
     * What the child made of {@code sources}: the serialized packages, or the compiler's problems.
     *
     * @param packages the packages, serialized; null when there are problems
     * @param problems the compiler's problems, one a line; empty when the rules compiled
     */
    record Result(byte[] packages, List<String> problems) {
    }

    /**
     * {@code sources} (path to DRL text) compiled in a child process; null, after a warning to {@code warn}, when no
     * child could compile them.
     */
    static Result compile(Map<String, String> sources, Consumer<String> warn) {
        List<Path> classPath;
        try {
            classPath = ForkedExtractor.classPathOf(ChildCompilation.class.getClassLoader());
        } catch (IllegalStateException e) {
            warn.accept("the rules are compiled in this process: " + e.getMessage());
            return null;
        }
        // one compilation: the quick compiler alone is done sooner
        List<String> command = ForkedExtractor.javaCommand(HEAP_MB, List.of("-XX:TieredStopAtLevel=1"), classPath,
                ChildCompilation.class);
        return compile(sources, command, TIMEOUT, warn);
    }

    /** As {@link #compile(Map, Consumer)}, the child started by {@code command}, killed past {@code timeout}. */
    static Result compile(Map<String, String> sources, List<String> command, Duration timeout, Consumer<String> warn) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException | RuntimeException e) {
            warn.accept("the rules are compiled in this process: no child process could be started (" + e + ")");
            return null;
        }
        FutureTask<Result> exchange = new FutureTask<>(() -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()))) {
                writeSources(out, sources);
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
                return readResult(in);
            }
        });
        Thread thread = new Thread(exchange, "factcheck-rules-child");
        thread.setDaemon(true);
        thread.start();
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            warn.accept("the child process compiling the rules took more than " + timeout.toSeconds()
                    + " s; they are compiled in this process");
            return null;
        } catch (ExecutionException e) {
            warn.accept("the child process compiling the rules failed (" + Failures.oneLine(String.valueOf(e.getCause()))
                    + "); they are compiled in this process");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            process.destroyForcibly();
        }
    }

    /** The child: compiles the sources on its standard input and answers on its standard output. */
    public static void main(String[] args) {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        try {
            Map<String, String> sources = readSources(new DataInputStream(new BufferedInputStream(
                    new FileInputStream(FileDescriptor.in))));
            RuleSet.Compiled compiled = RuleSet.compile(sources);
            out.writeUTF(MAGIC);
            if (compiled.problems().isEmpty()) {
                byte[] packages = CompiledRulesCache.serialize(compiled.packages());
                out.writeByte(PACKAGES);
                out.writeInt(packages.length);
                out.write(packages);
            } else {
                out.writeByte(PROBLEMS);
                out.writeInt(compiled.problems().size());
                for (String problem : compiled.problems()) {
                    writeText(out, problem);
                }
            }
            out.flush();
        } catch (IOException e) {
            System.err.println("factcheck: the rules' compilation cannot answer: " + e);
            System.exit(1);
        }
        System.exit(0); // Drools may leave threads of its own
    }

    static void writeSources(DataOutputStream out, Map<String, String> sources) throws IOException {
        out.writeInt(sources.size());
        for (Map.Entry<String, String> e : sources.entrySet()) {
            writeText(out, e.getKey());
            writeText(out, e.getValue());
        }
    }

    static Map<String, String> readSources(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, String> sources = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            sources.put(readText(in), readText(in));
        }
        return sources;
    }

    private static Result readResult(DataInputStream in) throws IOException {
        String magic;
        try {
            magic = in.readUTF();
        } catch (EOFException e) {
            throw new IOException("the child answered nothing");
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("the child answered something else than compiled rules");
        }
        byte kind = in.readByte();
        if (kind == PACKAGES) {
            int length = length(in);
            byte[] packages = in.readNBytes(length);
            if (packages.length != length) {
                throw new IOException("the child's answer was cut short");
            }
            return new Result(packages, List.of());
        }
        if (kind == PROBLEMS) {
            int count = length(in);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                problems.add(readText(in));
            }
            return new Result(null, List.copyOf(problems));
        }
        throw new IOException("the child answered " + kind);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a length of " + n);
        }
        return n;
    }
}
