package org.factcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load}: a running service measured from outside, as a newsroom sizes a node. Clients POST drafts to
 * {@code /api/checks}, each check stored as an editor's would be, either one after another as fast as the service
 * answers (a closed loop, the most a node takes) or at a fixed rate (an open loop, the latency at a given load). At a
 * fixed rate each request's latency counts from the moment it was due, not from the moment a client was free to send
 * it: a service that stalls for half a second delays every request due in that half second, and they all count,
 * where a closed loop would count one slow request and send fewer (the "coordinated omission" of load tools).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Measure a running service: clients POST drafts to /api/checks, one after another or at a "
                + "fixed rate, and the latencies' percentiles are printed.",
                "The API token is read from FACTCHECK_TOKEN, or from --token-file."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every request was answered 2xx", "1:some request failed (status or connection)",
                "2:bad options or an unreadable draft"})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080",
            description = "The service's address (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--clients", defaultValue = "8", description = "Connections sending at once (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--rate", defaultValue = "0",
            description = "Checks a second asked, spread evenly (0: each client sends again as soon as answered; "
                    + "default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--duration", defaultValue = "30", description = "Seconds measured (default: ${DEFAULT-VALUE})")
    double duration;

    @Option(names = "--warmup", defaultValue = "0",
            description = "Seconds of the same load first, not measured: the service's compilers at work "
                    + "(60 for figures of a warm service; default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--date", description = "The check's date, yyyy-mm-dd (default: the service's today)")
    String date;

    @Option(names = "--language", description = "The drafts' language (default: detected by the service)")
    String language;

    @Option(names = "--token-file", description = "A file holding the API token (default: FACTCHECK_TOKEN)")
    Path tokenFile;

    @Option(names = "--log", description = "Write one line a measured request: when it was due (ms since the "
            + "epoch), its latency and its service time (µs), its status")
    Path log;

    @Parameters(arity = "0..*", paramLabel = "DRAFT",
            description = "Drafts sent in turn, each under its own name (default: the bundled 800-word article)")
    List<Path> drafts = new ArrayList<>();

    /** How often the progress line is printed, in seconds. */
    double progressEvery = 10;

    @Override
    public Integer call() {
        if (clients < 1 || rate < 0 || !(duration > 0) || warmup < 0) {
            System.err.println("factcheck: --clients must be at least 1, --rate and --warmup at least 0, "
                    + "--duration more than 0");
            return 2;
        }
        List<Draft> bodies;
        String token;
        URI endpoint;
        try {
            bodies = drafts();
            token = token();
            endpoint = endpoint();
        } catch (IOException | UncheckedIOException e) {
            System.err.println("factcheck: " + e.getMessage());
            return 2;
        }
        // answers handled on the client's own threads, not handed to a pool: a tenth less of the cores the service
        // shares with this client (about 0.5 ms of CPU a request, against wrk's 0.08)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Runnable::run).build();
        Sender sender = new HttpSender(http, endpoint, token, bodies);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "load: %s, %d client%s, %s, %s s measured%s; %s%n", endpoint.toString().replaceAll("\\?.*", ""),
                clients, clients == 1 ? "" : "s", rate > 0 ? String.format(Locale.ROOT, "%s checks/s asked",
                        number(rate)) : "each client sending again as soon as answered", number(duration),
                warmup > 0 ? " after " + number(warmup) + " s of warm-up" : "", describe(bodies));
        if (warmup > 0) {
            Run warm = run(sender, warmup, "warm-up");
            if (warm.failed() > 0) {
                // nothing measured against a service that refuses: say so now rather than after the measured run
                System.err.printf(Locale.ROOT, "factcheck: %,d of %,d warm-up requests failed; the first: %s%n",
                        warm.failed(), warm.size(), warm.firstFailure());
                return 1;
            }
        }
        Run measured = run(sender, duration, "measured");
        measured.print(out, rate);
        if (log != null) {
            try {
                measured.write(log);
            } catch (IOException e) {
                System.err.println("factcheck: cannot write " + log + ": " + e.getMessage());
                return 2;
            }
        }
        if (measured.failed() > 0) {
            System.err.printf(Locale.ROOT, "factcheck: %,d of %,d requests failed%s%n", measured.failed(),
                    measured.size(), measured.firstFailure() == null ? "" : "; the first: " + measured.firstFailure());
            return 1;
        }
        return 0;
    }

    private Run run(Sender sender, double seconds, String phase) {
        return Run.of(sender, clients, rate, (long) (seconds * 1e9), (long) (progressEvery * 1e9), (done, elapsed) ->
                System.err.printf(Locale.ROOT, "load: %s, %s of %s s, %,d answered%n", phase,
                        number(Math.round(elapsed / 1e8) / 10.0), number(seconds), done));
    }

    private List<Draft> drafts() throws IOException {
        List<Draft> bodies = new ArrayList<>();
        if (drafts.isEmpty()) {
            bodies.add(new Draft("article-fr.txt", BenchCommand.sampleBytes()));
        }
        for (Path p : drafts) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("no draft at " + p);
            }
            bodies.add(new Draft(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        return bodies;
    }

    private String token() throws IOException {
        if (tokenFile != null) {
            String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (t.isEmpty()) {
                throw new IOException("the token file " + tokenFile + " is empty");
            }
            return t;
        }
        String t = System.getenv("FACTCHECK_TOKEN");
        return t == null || t.isBlank() ? null : t.strip();
    }

    private URI endpoint() throws IOException {
        StringBuilder query = new StringBuilder();
        if (date != null) {
            query.append("&date=").append(URLEncoder.encode(date, StandardCharsets.UTF_8));
        }
        if (language != null) {
            query.append("&language=").append(URLEncoder.encode(language, StandardCharsets.UTF_8));
        }
        try {
            URI base = new URI(url.endsWith("/") ? url : url + "/");
            if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
                throw new IOException("--url needs an http or https address with a host, not " + url);
            }
            return base.resolve("api/checks?" + (query.length() > 0 ? query.substring(1) : ""));
        } catch (URISyntaxException e) {
            throw new IOException("--url is not an address: " + e.getMessage());
        }
    }

    private static String describe(List<Draft> bodies) {
        long bytes = bodies.stream().mapToLong(d -> d.content.length).sum();
        return bodies.size() == 1 ? String.format(Locale.ROOT, "1 draft (%s, %,d bytes)", bodies.get(0).name, bytes)
                : String.format(Locale.ROOT, "%,d drafts in turn (%,d bytes in all)", bodies.size(), bytes);
    }

    /** 250 rather than 250.0, 0.5 as it is. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A draft as the service receives it: its file name, which tells its type, and its bytes. */
    record Draft(String name, byte[] content) {
        /** The Content-Type a text of this name is sent with; a document's own type is left to the service. */
        String type() {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".txt") ? "text/plain; charset=utf-8" : n.endsWith(".md") ? "text/markdown; charset=utf-8"
                    : n.endsWith(".html") || n.endsWith(".htm") ? "text/html" : "application/octet-stream";
        }
    }

    /** One request, sent: {@link #send} returns its answer, or throws where it got none. */
    interface Sender {
        /** Sends request {@code index} and returns its answer. */
        Answer send(long index) throws IOException, InterruptedException;
    }

    /**
     * An answer: its status, and for a status other than 2xx what the service said (its first 300 characters, or
     * null), for the summary's naming of the first failure.
     */
    record Answer(int status, String said) {
        static Answer of(int status) {
            return new Answer(status, null);
        }

        /** How the summary names this answer as a failure. */
        String failure() {
            return "status " + status + (said == null || said.isEmpty() ? "" : ": " + said);
        }
    }

    /** Each draft in turn POSTed to the service, under its own name. */
    private static final class HttpSender implements Sender {
        private final HttpClient http;
        private final String token;
        private final List<Draft> bodies;
        /** Each draft's address: the endpoint with its name as {@code filename}, made once. */
        private final List<URI> uris;

        HttpSender(HttpClient http, URI endpoint, String token, List<Draft> bodies) {
            this.http = http;
            this.token = token;
            this.bodies = bodies;
            String sep = endpoint.getRawQuery() == null || endpoint.getRawQuery().isEmpty() ? "" : "&";
            this.uris = bodies.stream().map(d -> URI.create(endpoint + sep + "filename="
                    + URLEncoder.encode(d.name, StandardCharsets.UTF_8))).toList();
        }

        @Override
        public Answer send(long index) throws IOException, InterruptedException {
            int i = (int) (index % bodies.size());
            Draft draft = bodies.get(i);
            HttpRequest.Builder request = HttpRequest.newBuilder(uris.get(i)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", draft.type()).POST(HttpRequest.BodyPublishers.ofByteArray(draft.content));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<byte[]> answer = http.send(request.build(), info -> info.statusCode() / 100 == 2
                    ? HttpResponse.BodySubscribers.replacing(null) : HttpResponse.BodySubscribers.ofByteArray());
            if (answer.body() == null) {
                return Answer.of(answer.statusCode());
            }
            String said = new String(answer.body(), StandardCharsets.UTF_8).strip();
            return new Answer(answer.statusCode(), said.length() > 300 ? said.substring(0, 300) + "…" : said);
        }
    }

    /** What the clients of one phase did: each request's due, sent and answered times, and its status. */
    static final class Run {
        private final long start;
        private long[] due = new long[1024];
        private long[] sent = new long[1024];
        private long[] answered = new long[1024];
        private int[] status = new int[1024];
        private int size;
        private int failed;
        private final long epochOffset;
        private String firstFailure;

        private Run(long start) {
            this.start = start;
            this.epochOffset = System.currentTimeMillis() * 1_000_000L - start;
        }

        /**
         * Runs {@code clients} threads for {@code nanos}: each takes the next request's number; at a rate, that
         * request is due at {@code start + number / rate} and is sent then, or as soon as a client is free if all
         * were busy; with no rate it is due when it is sent. Requests due before the end are all sent and answered.
         */
        static Run of(Sender sender, int clients, double rate, long nanos, long progressNanos, Progress progress) {
            long start = System.nanoTime();
            long end = start + nanos;
            Run run = new Run(start);
            AtomicLong tickets = new AtomicLong();
            double period = rate > 0 ? 1e9 / rate : 0;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Thread t = new Thread(() -> {
                    while (true) {
                        long ticket = tickets.getAndIncrement();
                        long due = rate > 0 ? start + (long) (ticket * period) : System.nanoTime();
                        if (due - end >= 0) {
                            return;
                        }
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        long sent = System.nanoTime();
                        int code;
                        String failure = null;
                        try {
                            Answer answer = sender.send(ticket);
                            code = answer.status();
                            if (code / 100 != 2) {
                                failure = answer.failure();
                            }
                        } catch (IOException | RuntimeException e) {
                            code = -1;
                            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        run.add(rate > 0 ? due : sent, sent, System.nanoTime(), code, failure);
                    }
                }, "load-client-" + c);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            long next = start + progressNanos;
            for (Thread t : threads) {
                while (t.isAlive()) {
                    long wait = Math.max(1, Math.min(next - System.nanoTime(), 100_000_000L));
                    try {
                        t.join(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        threads.forEach(Thread::interrupt);
                        return run;
                    }
                    long now = System.nanoTime();
                    if (progress != null && now - next >= 0 && now - end < 0) {
                        progress.at(run.size(), now - start);
                        next += progressNanos;
                    }
                }
            }
            return run;
        }

        private synchronized void add(long dueAt, long sentAt, long answeredAt, int code, String failure) {
            if (size == due.length) {
                due = Arrays.copyOf(due, size * 2);
                sent = Arrays.copyOf(sent, size * 2);
                answered = Arrays.copyOf(answered, size * 2);
                status = Arrays.copyOf(status, size * 2);
            }
            due[size] = dueAt;
            sent[size] = sentAt;
            answered[size] = answeredAt;
            status[size] = code;
            size++;
            if (code / 100 != 2) {
                failed++;
                if (firstFailure == null) {
                    firstFailure = failure;
                }
            }
        }

        synchronized int size() {
            return size;
        }

        synchronized int failed() {
            return failed;
        }

        /** How the first failed request is named (its status and what the service said, or its error), or null. */
        synchronized String firstFailure() {
            return firstFailure;
        }

        /** Each request's latency, from when it was due to its answer, in nanoseconds, sorted. */
        synchronized long[] latencies() {
            return untilAnswered(due);
        }

        /** Each request's service time, from its sending to its answer, in nanoseconds, sorted. */
        synchronized long[] serviceTimes() {
            return untilAnswered(sent);
        }

        /** Each request's time from {@code from} (its due or sent time) to its answer, sorted. */
        private long[] untilAnswered(long[] from) {
            long[] l = new long[size];
            for (int i = 0; i < size; i++) {
                l[i] = answered[i] - from[i];
            }
            Arrays.sort(l);
            return l;
        }

        /** The statuses answered and how many times each (-1: no answer). */
        synchronized Map<Integer, Integer> statuses() {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int i = 0; i < size; i++) {
                counts.merge(status[i], 1, Integer::sum);
            }
            return counts;
        }

        /** From the start to the last answer, in nanoseconds. */
        synchronized long elapsed() {
            long last = start;
            for (int i = 0; i < size; i++) {
                last = Math.max(last, answered[i]);
            }
            return last - start;
        }

        /** How late the latest request was sent after it was due, in nanoseconds (0 with no rate). */
        synchronized long lateness() {
            long late = 0;
            for (int i = 0; i < size; i++) {
                late = Math.max(late, sent[i] - due[i]);
            }
            return late;
        }

        void print(PrintStream out, double rate) {
            int n = size();
            if (n == 0) {
                out.println("answered: none");
                return;
            }
            double seconds = elapsed() / 1e9;
            StringBuilder codes = new StringBuilder();
            statuses().forEach((code, count) -> codes.append(codes.length() > 0 ? ", " : "")
                    .append(code < 0 ? "no answer" : code).append(" × ").append(String.format(Locale.ROOT, "%,d", count)));
            out.printf(Locale.ROOT, "answered: %,d in %.1f s, %.1f checks/s; %s%n", n, seconds, n / seconds, codes);
            line(out, rate > 0 ? "latency from when due (ms)" : "latency (ms)", latencies());
            if (rate > 0) {
                line(out, "service time from sending (ms)", serviceTimes());
                long late = lateness();
                if (late > 1_000_000_000L) {
                    out.printf(Locale.ROOT, "the service did not keep up: a request was sent %.1f s after it was due%n",
                            late / 1e9);
                }
            }
        }

        private static void line(PrintStream out, String label, long[] sorted) {
            out.printf(Locale.ROOT, "%s: median %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f, max %.1f%n", label,
                    percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.9) / 1e6, percentile(sorted, 0.99) / 1e6,
                    percentile(sorted, 0.999) / 1e6, sorted[sorted.length - 1] / 1e6);
        }

        synchronized void write(Path file) throws IOException {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                w.println("due_epoch_ms,latency_us,service_us,status");
                for (int i = 0; i < size; i++) {
                    w.printf(Locale.ROOT, "%d,%d,%d,%d%n", (due[i] + epochOffset) / 1_000_000,
                            (answered[i] - due[i]) / 1000, (answered[i] - sent[i]) / 1000, status[i]);
                }
                if (w.checkError()) {
                    throw new IOException("write failed");
                }
            }
        }
    }

    /** The value below which a share {@code p} of the sorted values lie (nearest rank). */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
    }

    /** Told every so often how many requests are answered, and the time since the start, in nanoseconds. */
    interface Progress {
        void at(int answered, long elapsed);
    }
}
