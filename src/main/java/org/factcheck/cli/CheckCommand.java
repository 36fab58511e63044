package org.factcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.Parsing;
import org.factcheck.core.ReferenceDates;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportWriter;
import org.factcheck.core.rules.RuleSetException;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code check [--format json|text] [--date YYYY-MM-DD|today] [--lang fr|en] [--rules DIR] [--fail-on LEVEL] FILE...}:
 * checks each file in one process. Exit status: 0 when no finding reaches {@code --fail-on}, 1 when one does, 2 for
 * a usage or input error (each bad file gets a one-line message; the other files are still checked).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check drafts (.txt .md .html .docx .odt .rtf .pdf) and print their findings.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:a finding at or above --fail-on",
                "2:a usage or input error (unreadable, unsupported or corrupt file)"})
public final class CheckCommand implements Callable<Integer> {
    enum Format { json, text, github, junit, sarif }

    enum Severity { info, warning, error }

    enum FailOn { info, warning, error, never }

    @Option(names = "--format", defaultValue = "text", description = "text, json, github (GitHub Actions annotations), junit (a JUnit XML report) or sarif"
                    + " (SARIF 2.1.0, for code-scanning services) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD|today", converter = DateConverter.class,
            description = "Publication date to resolve dates against: a date, or today for a draft about to be published"
                    + " (default: the document's metadata, else its dateline, else today taken as a guess, on which"
                    + " no finding rests)")
    LocalDate date;

    /** {@code --date}: a date written YYYY-MM-DD, or {@code today}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return ReferenceDates.parse(value, Clock.systemDefaultZone());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the drafts (default: detected)")
    String language;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Also report these rules, off by default (quote.no-speaker); repeat or separate with commas")
    Set<String> enable = new java.util.TreeSet<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Do not report these rules; repeat or separate with commas")
    Set<String> disable = new java.util.TreeSet<>();

    @Option(names = "--min-severity", defaultValue = "info",
            description = "Least severity reported: info, warning or error (default: ${DEFAULT-VALUE})")
    Severity minSeverity;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "Lowest severity that makes the exit status 1: info, warning, error or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--parse-memory-mb", defaultValue = "512", paramLabel = "MB",
            description = "Heap of the child process that reads the files; a file that needs more is refused as too"
                    + " large (default: ${DEFAULT-VALUE})")
    int parseMemoryMb;

    enum Colour { auto, always, never }

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Colour the severities of the text format: auto (on a terminal, unless NO_COLOR is set),"
                    + " always or never (default: ${DEFAULT-VALUE})")
    Colour color;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Defaults of these options (lang=fr, disable=…, min-severity=…, rules=DIR): default, the "
                    + CheckDefaults.NAME + " of the working folder or of its nearest parent that has one")
    Path config;

    @Option(names = "--parse-in-process",
            description = "Read the files in this process, not in a child one: quicker to start, but a hostile file"
                    + " then takes this process's memory and time")
    boolean parseInProcess;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Drafts checked at once, each on a thread of its own; the findings are printed in the"
                    + " drafts' order all the same (default: the processors, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Drafts to check")
    List<Path> files;

    /** Where this run happens: this process's folder and streams, or a client's of the resident checker. */
    private final Invocation invocation;

    public CheckCommand() {
        this(Invocation.here());
    }

    CheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(invocation.out(), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(invocation.err(), true, StandardCharsets.UTF_8);
        if (parseMemoryMb < 16) {
            err.println("factcheck: --parse-memory-mb must be 16 or more");
            return 2;
        }
        if (jobs < 1) {
            err.println("factcheck: --jobs must be 1 or more");
            return 2;
        }
        // a text is read here; any other file in a child (started now unless every file is named as a text), killed
        // past its time or memory
        boolean textsOnly = files.stream().allMatch(CheckCommand::namedAsText);
        return invocation.drafts().withParsing(parseInProcess, parseMemoryMb, textsOnly,
                parsing -> check(parsing, out, err));
    }

    private int check(Parsing parsing, PrintStream out, PrintStream err) {
        Checker checker;
        try {
            checker = rules.checkerOnDemand(invocation, parsing, language, this::firstText);
            checker.requireLanguage(language);
            checker.requireRules(enable);
            java.util.Set<String> ids = new java.util.HashSet<>(checker.rules().stream().map(r -> r.id()).toList());
            List<String> unknown = disable.stream().filter(id -> !ids.contains(id)).toList();
            if (!unknown.isEmpty()) {
                err.println("factcheck: --disable: no rule " + unknown + " (see GET /api/rules, or the README's table)");
                return 2;
            }
        } catch (DraftException.UnknownRule e) {
            err.println("factcheck: --enable: " + e.getMessage());
            return 2;
        } catch (RuleSetException | IllegalArgumentException e) {
            err.println("factcheck: " + e.getMessage());
            return 2;
        } catch (DraftException.UnsupportedLanguage e) {
            err.println("factcheck: --lang " + e.language() + " is not supported (expected one of " + e.supported() + ")");
            return 2;
        }
        List<Inputs.Input> inputs;
        try {
            inputs = Inputs.expand(files, invocation.cwd());
        } catch (java.io.UncheckedIOException e) {
            err.println("factcheck: cannot list the files: " + e.getCause().getMessage());
            return 2;
        }
        Progress progress = new Progress(inputs.size(), err, invocation.console());
        Summary summary = new Summary(inputs.size());
        List<Object> results = new ArrayList<>(); // what JUnit and SARIF write at the end: reports and failures
        JsonArray json = format == Format.json ? new JsonArray(out) : null;
        boolean failing = false;
        try (InOrder<Inputs.Input, Outcome> drafts = new InOrder<>(inputs, Math.min(jobs, inputs.size()),
                input -> checkOne(checker, input))) {
            while (drafts.hasNext()) {
                Outcome outcome = drafts.next();
                progress.next(outcome.file());
                Object result = outcome.report() != null ? outcome.report() : outcome.failure();
                if (outcome.report() != null) {
                    Report report = outcome.report();
                    failing |= reaches(report, failOn);
                    if (format == Format.github || format == Format.text) {
                        progress.clear(); // (its line on a terminal would run into the findings)
                        if (format == Format.github) {
                            printGithub(outcome.file(), report, out);
                        } else {
                            printText(outcome.file(), report, out, colour());
                        }
                    }
                    summary.add(report); // (a draft not counted here is one that failed: exit status 2)
                } else {
                    progress.clear();
                    err.println(outcome.file() + ": " + outcome.shown());
                }
                if (json != null) {
                    json.add(result);
                } else if (format == Format.junit || format == Format.sarif) {
                    results.add(result);
                }
            }
        } catch (IOException e) {
            progress.clear();
            err.println("factcheck: cannot write the report: " + e.getMessage());
            return 2;
        }
        progress.clear();
        if (summary.guessedDates > 0) {
            err.println("factcheck: " + summary.guessedDates + (summary.guessedDates == 1 ? " draft has" : " drafts have")
                    + " no date of its own (no --date, metadata or dateline): its dates were read against today's,"
                    + " and no finding rests on that guess (referenceDateSource \"today\" in the report)");
        }
        if (format == Format.junit) {
            out.print(junit(results, summary));
        } else if (format == Format.sarif) {
            try {
                ReportWriter.mapper().writerWithDefaultPrettyPrinter().writeValue(out, Sarif.log(checker.rules(),
                        results, java.util.Objects.requireNonNullElse(Main.class.getPackage().getImplementationVersion(),
                        "development")));
                out.println();
            } catch (IOException e) {
                err.println("factcheck: cannot write the report: " + e.getMessage());
                return 2;
            }
        } else if (format != Format.json) {
            out.println(summary.line());
        }
        if (json != null) {
            try {
                json.close();
                out.println();
            } catch (IOException e) {
                err.println("factcheck: cannot write the report: " + e.getMessage());
                return 2;
            }
        }
        return summary.checked < summary.files ? 2 : failing ? 1 : 0;
    }

    /** One draft's check: its report, or why it has none ({@code shown} is what standard error says of it). */
    record Outcome(String file, Report report, FileError failure, String shown) {
    }

    /** Whether a file is named as a plain text or Markdown draft, which is read in this process. */
    private static boolean namedAsText(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    /**
     * The text of the first draft when it is a file of plain text or Markdown, read as UTF-8 (its first 64 KB), for
     * the language whose analyzer is built while the rules load; else null.
     */
    private String firstText() {
        Path first = invocation.resolve(files.get(0));
        if (!namedAsText(first) || !Files.isRegularFile(first)) {
            return null;
        }
        try (java.io.InputStream in = Files.newInputStream(first)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null; // the check of the draft tells what is wrong with it
        }
    }

    /** Checks one draft; runs on any of the {@code --jobs} threads, so it prints nothing. */
    private Outcome checkOne(Checker checker, Inputs.Input input) {
        String file = input.name();
        FileError failure;
        String shown;
        try {
            byte[] content = read(input, invocation.in());
            Report report = checker.check(new CheckRequest(input.stdin() ? "stdin" : file, content, language, date,
                    enable, disable, minSeverity.name()));
            return new Outcome(file, report, null, null);
        } catch (DraftException e) {
            failure = error(file, e.kind(), e.getMessage());
            shown = e.getMessage();
        } catch (UnreadableFile e) {
            failure = error(file, "unreadable", e.getMessage());
            shown = e.getMessage();
        } catch (Checker.LanguageUnavailable e) { // the draft's language's word lists or patterns are broken
            failure = error(file, "rules", e.getMessage());
            shown = e.getMessage();
        } catch (RuntimeException e) {
            failure = error(file, "internal", String.valueOf(e));
            shown = "internal error while checking: " + e;
        } catch (OutOfMemoryError e) {
            // The file's objects are unreachable once thrown out of the check: the next file has the heap again.
            failure = error(file, "too-large", "checking it ran out of memory (-Xmx)");
            shown = "too large: " + failure.error().message();
        }
        return new Outcome(file, null, failure, shown);
    }

    /**
     * The JSON format's array, written a report at a time as the drafts are checked, so that a run over thousands of
     * drafts holds none of them once written: the same bytes as the array written whole.
     */
    private static final class JsonArray implements AutoCloseable {
        private final com.fasterxml.jackson.databind.ObjectWriter writer = ReportWriter.mapper().writer();
        private final PrintStream out;
        private com.fasterxml.jackson.core.JsonGenerator generator;

        JsonArray(PrintStream out) {
            this.out = out;
        }

        void add(Object result) throws IOException {
            open();
            writer.writeValue(generator, result);
        }

        private void open() throws IOException {
            if (generator == null) {
                generator = writer.createGenerator(out);
                generator.writeStartArray();
            }
        }

        @Override
        public void close() throws IOException {
            open();
            generator.writeEndArray();
            generator.flush();
        }
    }

    /** A file that could not be checked, where its report would stand in the JSON array. */
    record FileError(String source, Fault error) {
        record Fault(String kind, String message) {
        }
    }

    private static FileError error(String file, String kind, String message) {
        return new FileError(file, new FileError.Fault(kind, message));
    }

    private static boolean reaches(Report report, FailOn failOn) {
        return failOn != FailOn.never && report.findings().stream().anyMatch(f -> f.atLeast(failOn.name()));
    }

    /** One line per finding, like a compiler: {@code FILE:LINE:COL: severity category rule: message}. */
    static void printText(String file, Report report, PrintStream out) {
        printText(file, report, out, false);
    }

    /** As {@link #printText(String, Report, PrintStream)}, the severity in its colour when {@code colour}. */
    static void printText(String file, Report report, PrintStream out, boolean colour) {
        int[] lineStarts = lineStarts(report.text());
        for (ReportFinding f : report.findings()) {
            int line = line(lineStarts, f.start());
            int column = f.start() - lineStarts[line - 1] + 1;
            StringBuilder s = new StringBuilder();
            s.append(file).append(':').append(line).append(':').append(column).append(": ").append(colour ? paint(f.severity()) : f.severity())
                    .append(' ').append(f.category()).append(' ').append(f.rule()).append(": ").append(f.message());
            if (f.suggestion() != null) {
                s.append(" [").append(f.suggestion()).append(']');
            }
            out.println(s);
        }
        if (report.document().omittedFindings() != null) {
            report.document().omittedFindings().forEach((rule, n) -> out.println(file + ": " + n + " more " + rule
                    + " findings not listed (at most " + Checker.MAX_FINDINGS_PER_RULE + " a rule and "
                    + Checker.MAX_FINDINGS + " a draft)"));
        }
    }

    /**
     * One GitHub Actions workflow command per finding ({@code ::error file=…,line=…,col=…,title=…::message}), which a
     * workflow shows as an annotation on the file's line: error, warning, or notice for info.
     */
    static void printGithub(String file, Report report, PrintStream out) {
        int[] lineStarts = lineStarts(report.text());
        for (ReportFinding f : report.findings()) {
            int line = line(lineStarts, f.start());
            int column = f.start() - lineStarts[line - 1] + 1;
            String level = f.severity().equals("info") ? "notice" : f.severity();
            out.println("::" + level + " file=" + property(file) + ",line=" + line + ",col=" + column + ",title="
                    + property(f.category() + " " + f.rule()) + "::" + data(f.message()
                    + (f.suggestion() != null ? " [" + f.suggestion() + "]" : "")));
        }
    }

    /**
     * A JUnit XML report, which CI servers (Jenkins, GitLab) show as test results: a test case per draft, failed by
     * its findings (one line each, as the text format writes them) and in error when it could not be checked.
     */
    static String junit(List<Object> results, Summary summary) {
        int failures = 0;
        int errors = 0;
        StringBuilder cases = new StringBuilder();
        for (Object r : results) {
            if (r instanceof FileError e) {
                errors++;
                cases.append("    <testcase classname=\"factcheck\" name=\"").append(xml(e.source())).append("\">\n")
                        .append("      <error type=\"").append(xml(e.error().kind())).append("\" message=\"")
                        .append(xml(e.error().message())).append("\"/>\n    </testcase>\n");
            } else if (r instanceof Report report) {
                cases.append("    <testcase classname=\"factcheck\" name=\"").append(xml(report.source())).append('"');
                if (report.findings().isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                failures++;
                java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
                printText(report.source(), report, new PrintStream(lines, true, StandardCharsets.UTF_8));
                cases.append(">\n      <failure type=\"findings\" message=\"").append(report.findings().size())
                        .append(report.findings().size() == 1 ? " finding" : " findings").append("\">")
                        .append(xml(lines.toString(StandardCharsets.UTF_8))).append("</failure>\n    </testcase>\n");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n  <testsuite name=\"factcheck\" tests=\""
                + results.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\">\n" + cases
                + "    <system-out>" + xml(summary.line()) + "</system-out>\n  </testsuite>\n</testsuites>\n";
    }

    /** Text as XML character data or an attribute's value; characters XML 1.0 cannot hold are dropped. */
    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** A workflow command's message, escaped as GitHub reads it back. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A workflow command's property value, escaped as GitHub reads it back. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** A severity in its terminal colour: error red, warning yellow, info cyan. */
    private static String paint(String severity) {
        String code = switch (severity) {
            case "error" -> "31";
            case "warning" -> "33";
            default -> "36";
        };
        return "\u001b[" + code + "m" + severity + "\u001b[0m";
    }

    /** Whether findings are coloured: {@code --color}, where {@code auto} is a terminal without NO_COLOR. */
    private boolean colour() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> invocation.console() && !invocation.environment().containsKey("NO_COLOR");
        };
    }

    /** Code-point offsets at which each line of {@code text} starts. */
    static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            cp++;
            if (c == '\n') {
                starts.add(cp);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static int line(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The most bytes read from standard input: the service's upload limit is 10 MB. */
    static final int MAX_STDIN_BYTES = 100 * 1024 * 1024;

    private static byte[] read(Inputs.Input input, java.io.InputStream stdin) throws UnreadableFile {
        if (input.problem() != null) {
            throw new UnreadableFile(input.problem());
        }
        if (input.stdin()) {
            try {
                byte[] b = stdin.readNBytes(MAX_STDIN_BYTES + 1);
                if (b.length > MAX_STDIN_BYTES) {
                    throw new UnreadableFile("standard input holds more than " + MAX_STDIN_BYTES + " bytes");
                }
                return b;
            } catch (IOException e) {
                throw new UnreadableFile("cannot read standard input (" + e.getMessage() + ")");
            }
        }
        return read(input.file());
    }

    private static byte[] read(Path file) throws UnreadableFile {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFile("is a directory, not a file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFile("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableFile("permission denied");
        } catch (IOException e) {
            throw new UnreadableFile("cannot read (" + e.getMessage() + ")");
        }
    }

    private static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableFile(String message) {
            super(message);
        }
    }

    /** What a run found, for its last line: findings by severity, files, drafts dated by today's guess. */
    private static final class Summary {
        final int files;
        int checked;
        int guessedDates;
        final java.util.Map<String, Integer> bySeverity = new java.util.LinkedHashMap<>(
                java.util.Map.of("error", 0, "warning", 0, "info", 0));

        Summary(int files) {
            this.files = files;
        }

        void add(Report report) {
            checked++;
            if ("today".equals(report.document().referenceDateSource())) {
                guessedDates++;
            }
            report.findings().forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
        }

        /** "2 errors, 1 warning, 0 info in 3 files (1 not checked)". */
        String line() {
            int notChecked = files - checked;
            int errors = bySeverity.getOrDefault("error", 0);
            int warnings = bySeverity.getOrDefault("warning", 0);
            return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                    + bySeverity.getOrDefault("info", 0) + " info in " + files + (files == 1 ? " file" : " files")
                    + (notChecked > 0 ? " (" + notChecked + " not checked)" : "");
        }
    }

    /** A progress line on standard error, for runs of many files on a terminal. */
    private static final class Progress {
        private final int total;
        private final PrintStream err;
        private final boolean show;
        private int done;
        private boolean shown;

        Progress(int total, PrintStream err, boolean terminal) {
            this.total = total;
            this.err = err;
            this.show = total > 1 && terminal;
        }

        void next(String file) {
            if (show) {
                err.print("\r[" + (++done) + "/" + total + "] " + file + "\u001b[K");
                shown = true;
            }
        }

        /** Clears the progress line, before a finding or a message goes to the terminal. */
        void clear() {
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
                shown = false;
            }
        }
    }
}
