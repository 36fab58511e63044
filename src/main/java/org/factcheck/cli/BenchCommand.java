package org.factcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;
import org.factcheck.core.rules.RuleSetException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: how long the rules take to compile, and how long one check of an article takes in-process, warm,
 * as plain text, HTML and DOCX built from the same article. Prints medians; meant for a quiet machine and for
 * comparing runs made side by side, not as a pass/fail test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure rule compilation and warm check time per format (medians).")
public final class BenchCommand implements Callable<Integer> {
    static final String SAMPLE = "/bench/article-fr.txt";

    @Option(names = "--iterations", defaultValue = "300", description = "Timed checks per format (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--warmup", defaultValue = "200", description = "Untimed checks per format first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--compilations", defaultValue = "5", description = "Timed rule compilations (default: ${DEFAULT-VALUE})")
    int compilations;

    @Option(names = "--scale", defaultValue = "100",
            description = "Also check a draft this many times as long, made of renamed copies of the article (0: skip; default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--formats", split = ",", defaultValue = "txt,html,docx",
            description = "The formats to time, of txt, html and docx (default: ${DEFAULT-VALUE})")
    java.util.List<String> only;

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(arity = "0..1", paramLabel = "ARTICLE",
            description = "A plain-text article (default: the bundled 800-word sample)")
    Path article;

    @Override
    public Integer call() throws IOException, DraftException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String f : only) {
            if (!java.util.List.of("txt", "html", "docx").contains(f)) {
                System.err.println("factcheck: unknown format " + f + " (expected txt, html or docx)");
                return 2;
            }
        }
        String text = article != null ? Files.readString(article, StandardCharsets.UTF_8) : sample();

        double[] compile = new double[compilations];
        Checker checker = null;
        for (int i = 0; i < compilations; i++) {
            long t0 = System.nanoTime();
            try {
                checker = rules.checker();
            } catch (RuleSetException e) {
                System.err.println("factcheck: " + e.getMessage());
                return 2;
            }
            compile[i] = (System.nanoTime() - t0) / 1e6;
        }
        Map<String, byte[]> formats = new LinkedHashMap<>();
        formats.put("article.txt", text.getBytes(StandardCharsets.UTF_8));
        formats.put("article.html", html(text));
        formats.put("article.docx", docx(text));
        formats.keySet().removeIf(f -> !only.contains(f.substring(f.indexOf('.') + 1)));

        Report probe = checker.check(new CheckRequest("article.txt", text.getBytes(StandardCharsets.UTF_8), null, LocalDate.of(2025, 11, 25)));
        out.printf("article: %d words, language %s, %d findings%n", probe.document().words(),
                probe.document().language(), probe.findings().size());
        String compilers = compilers();
        if (compilers != null) {
            out.println("compilers: " + compilers);
        }
        out.printf("rule compilation (%d runs): median %.1f ms (first %.1f ms)%n", compilations, median(compile), compile[0]);
        out.printf("language detection alone: median %.1f µs (%d timed after as many untimed)%n",
                detection(checker, text), DETECTIONS);
        out.printf("%-8s %10s %10s %10s %12s  (%d warm-up, %d timed checks each)%n", "format", "median ms", "p90 ms",
                "min ms", "KB allocated", warmup, iterations);
        for (Map.Entry<String, byte[]> f : formats.entrySet()) {
            CheckRequest request = new CheckRequest(f.getKey(), f.getValue(), null, LocalDate.of(2025, 11, 25));
            for (int i = 0; i < warmup; i++) {
                checker.check(request);
            }
            double[] times = new double[iterations];
            double[] allocated = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long a0 = allocatedBytes();
                long t0 = System.nanoTime();
                checker.check(request);
                times[i] = (System.nanoTime() - t0) / 1e6;
                allocated[i] = a0 < 0 ? -1 : (allocatedBytes() - a0) / 1024.0;
            }
            Arrays.sort(times);
            Arrays.sort(allocated);
            String name = f.getKey().substring(f.getKey().indexOf('.') + 1);
            out.printf("%-8s %10.2f %10.2f %10.2f %12s%n", name, median(times), times[(int) (times.length * 0.9)],
                    times[0], allocated[0] < 0 ? "-" : String.format("%.0f", median(allocated)));
        }
        if (scale > 1) {
            scaled(out, checker, text);
        }
        return 0;
    }

    /**
     * The cost of length: one article against a draft {@code scale} times as long, made of copies of it whose names
     * (capitalized words) are changed in each copy, so that the long draft has {@code scale} times as many people,
     * places and quotations, not the same ones repeated. Times are medians of runs alternated, short then long.
     */
    private void scaled(PrintStream out, Checker checker, String text) throws DraftException {
        StringBuilder longText = new StringBuilder();
        for (int copy = 0; copy < scale; copy++) {
            longText.append(renamed(text, copy)).append("\n\n");
        }
        LocalDate date = LocalDate.of(2025, 11, 25);
        CheckRequest one = new CheckRequest("article.txt", text.getBytes(StandardCharsets.UTF_8), "fr", date);
        CheckRequest many = new CheckRequest("long.txt", longText.toString().getBytes(StandardCharsets.UTF_8), "fr", date);
        // the copies' paragraphs without a capitalized word repeat a hundred times: not prose, but what is measured
        Report probe = checker.check(many, false);
        int runs = 7;
        double[] shortTimes = new double[runs];
        double[] longTimes = new double[runs];
        double[] shortCpu = new double[runs];
        double[] longCpu = new double[runs];
        double[] shortPauses = new double[runs];
        double[] longPauses = new double[runs];
        for (int i = 0; i < 2; i++) {
            checker.check(many, false);
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = threadCpuNanos();
            long p0 = pausesMillis();
            for (int k = 0; k < 20; k++) {
                checker.check(one);
            }
            shortTimes[i] = (System.nanoTime() - t0) / 1e6 / 20;
            shortCpu[i] = (threadCpuNanos() - c0) / 1e6 / 20;
            shortPauses[i] = (pausesMillis() - p0) / 20.0;
            t0 = System.nanoTime();
            c0 = threadCpuNanos();
            p0 = pausesMillis();
            checker.check(many, false);
            longTimes[i] = (System.nanoTime() - t0) / 1e6;
            longCpu[i] = (threadCpuNanos() - c0) / 1e6;
            longPauses[i] = pausesMillis() - p0;
        }
        double ratio = median(longTimes) / median(shortTimes);
        out.printf("x%d draft: %d words, %d persons, %d findings; median %.1f ms against %.2f ms: %.0f times as long "
                + "(linear: %d)%n", scale, probe.document().words(), probe.persons().size(), probe.findings().size(),
                median(longTimes), median(shortTimes), ratio, scale);
        if (threadCpuNanos() >= 0 && pausesMillis() >= 0) {
            out.printf("  of which the check's own processor time %.1f ms against %.2f ms (%.0f times), and the "
                    + "collector's pauses %.1f ms against %.2f ms%n", median(longCpu), median(shortCpu),
                    median(longCpu) / median(shortCpu), median(longPauses), median(shortPauses));
        }
    }

    /**
     * This thread's processor time so far, in nanoseconds (-1 where the JVM cannot say): a check's own work, without
     * the collector's, which the serial collector does in a thread of the JVM's own while the check waits.
     */
    private static long threadCpuNanos() {
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        } catch (LinkageError | UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The time the collectors have paused so far, in milliseconds (-1 where the JVM cannot say). */
    private static long pausesMillis() {
        try {
            long total = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                long t = collector.getCollectionTime();
                if (t < 0) {
                    return -1;
                }
                total += t;
            }
            return total;
        } catch (LinkageError e) {
            return -1;
        }
    }

    /**
     * Which of Java's compilers compile the checks' code, as a line of the table says it (null where the JVM cannot
     * say): a service runs both, and its warm checks are the ones timed here; with the quick compiler alone
     * ({@code -XX:TieredStopAtLevel=1}, a quick start's setting) a warm check took nearly twice as long.
     */
    static String compilers() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return null;
            }
            boolean tiered = Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
            int stop = Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue());
            if (tiered && stop < 4) {
                return "the quick one alone (-XX:TieredStopAtLevel=" + stop + "): warm checks slower than a service's";
            }
            return tiered ? "both, as a service runs them" : "the optimizing one alone";
        } catch (LinkageError | IllegalArgumentException e) { // no management module, or no such option
            return null;
        }
    }

    /** How many detections the language step is timed over. */
    private static final int DETECTIONS = 5_000;

    /**
     * The bytes this thread allocated so far in the heap (-1 where the JVM cannot say): a check's own, as its median
     * in the table, is what a service's young collections pay for, checks after checks. The parser child's, which
     * reads a document in its own process, are not among them. A runtime image without the JDK's management module
     * cannot say.
     */
    static long allocatedBytes() {
        try {
            return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()
                    ? threads.getCurrentThreadAllocatedBytes() : -1;
        } catch (LinkageError e) {
            return -1;
        }
    }

    /** The median time, in microseconds, of the language detection of a check of the text, alone. */
    private static double detection(Checker checker, String text) {
        double[] times = new double[DETECTIONS];
        for (int i = 0; i < 2 * DETECTIONS; i++) {
            long t0 = System.nanoTime();
            checker.detectedLanguage(text);
            if (i >= DETECTIONS) {
                times[i - DETECTIONS] = (System.nanoTime() - t0) / 1e3;
            }
        }
        return median(times);
    }

    /** The text with each capitalized word of four letters or more given a suffix of its own for this copy. */
    static String renamed(String text, int copy) {
        String suffix = "" + (char) ('a' + copy % 26) + (char) ('a' + copy / 26 % 26);
        StringBuilder out = new StringBuilder(text.length() + 200);
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                String w = text.substring(i, j);
                out.append(w);
                if (w.length() >= 4 && Character.isUpperCase(w.charAt(0))) {
                    out.append(suffix);
                }
                i = j;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String sample() throws IOException {
        return new String(sampleBytes(), StandardCharsets.UTF_8);
    }

    /** The bundled article's bytes, as `bench` checks it and `load` sends it. */
    static byte[] sampleBytes() throws IOException {
        try (InputStream in = BenchCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("the bundled sample " + SAMPLE + " is missing");
            }
            return in.readAllBytes();
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The article as an HTML page: a title, one paragraph per block of the text. */
    static byte[] html(String text) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Article</title></head><body>\n"
                + "<nav><a href=\"/\">Accueil</a></nav>\n<article>\n");
        for (String para : text.split("\n\\s*\n|\n")) {
            if (!para.isBlank()) {
                s.append("<p>").append(escape(para.strip())).append("</p>\n");
            }
        }
        s.append("</article>\n<footer>© Rédaction</footer></body></html>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The article as a Word document, one paragraph per block of the text. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String para : text.split("\n\\s*\n|\n")) {
                if (!para.isBlank()) {
                    doc.createParagraph().createRun().setText(para.strip());
                }
            }
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
