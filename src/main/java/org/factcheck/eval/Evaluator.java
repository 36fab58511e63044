package org.factcheck.eval;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.factcheck.core.CheckRequest;
import org.factcheck.core.Checker;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;

/**
 * Measures a checker on labelled drafts: checks each draft of a truth file with its language and reference date,
 * and scores the findings against the planted errors ({@link PlantedMatcher}). A client of the core, like the command
 * line: it only calls {@link Checker#check}. A draft that cannot be checked is counted as unreadable, not thrown.
 */
public final class Evaluator {
    private final Checker checker;

    public Evaluator(Checker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /**
     * Reads the truth file, checks every draft it lists, and scores them.
     *
     * @throws TruthFileException for a missing or invalid truth file, a missing draft, or a language the rules lack
     */
    public EvalResult evaluate(Path truthFile) throws IOException {
        return evaluate(truthFile, message -> { });
    }

    /**
     * As {@link #evaluate(Path)}, telling {@code progress} "checked N/M drafts" after each draft.
     *
     * @throws TruthFileException for a missing or invalid truth file, a missing draft, or a language the rules lack
     */
    public EvalResult evaluate(Path truthFile, Consumer<String> progress) throws IOException {
        return evaluate(TruthFile.read(truthFile), progress);
    }

    /** Checks and scores the drafts of a truth file already read. */
    public EvalResult evaluate(TruthFile truth, Consumer<String> progress) throws TruthFileException {
        for (TruthEntry entry : truth.entries()) {
            try {
                checker.requireLanguage(entry.language());
            } catch (DraftException.UnsupportedLanguage e) {
                throw new TruthFileException(truth.path() + ": entry " + entry.number() + " (" + entry.file()
                        + "): \"language\": the rules have no " + entry.language() + " (they have " + e.supported() + ")");
            }
        }
        List<FileResult> files = new ArrayList<>(truth.entries().size());
        int total = truth.entries().size();
        for (TruthEntry entry : truth.entries()) {
            files.add(score(entry));
            progress.accept("checked " + files.size() + "/" + total + " drafts");
        }
        return EvalResult.of(files);
    }

    /** Checks one draft with its entry's language and reference date and scores it. */
    public FileResult score(TruthEntry entry) {
        byte[] content;
        try {
            content = Files.readAllBytes(entry.path());
        } catch (NoSuchFileException e) {
            return unreadable(entry, "unreadable", "no such file");
        } catch (AccessDeniedException e) {
            return unreadable(entry, "unreadable", "permission denied");
        } catch (IOException e) {
            return unreadable(entry, "unreadable", "cannot read (" + e.getMessage() + ")");
        }
        try {
            Report report = checker.check(new CheckRequest(entry.path().toString(), content, entry.language(),
                    entry.referenceDate()));
            return PlantedMatcher.score(entry, report);
        } catch (DraftException e) {
            return unreadable(entry, e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            return unreadable(entry, "internal", "internal error while checking: " + e);
        }
    }

    private static FileResult unreadable(TruthEntry entry, String kind, String message) {
        return PlantedMatcher.unreadable(entry, new FileResult.DraftError(kind, message));
    }
}
