package org.factcheck.eval;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A truth file: a JSON list of entries {@code {"file", "language", "referenceDate", "planted": [{"category", "text",
 * "note"}]}}, one per draft, {@code file} relative to the truth file's folder. Read whole and checked before any draft
 * is: a bad file stops with one message naming the entry and the field, not halfway through a run.
 *
 * @param path    the truth file
 * @param entries its entries, in order
 */
public record TruthFile(Path path, List<TruthEntry> entries) {
    /** The languages a truth file may give. */
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public TruthFile {
        entries = List.copyOf(entries);
    }

    /**
     * Reads and checks a truth file: the JSON shape, each entry's fields, and that each draft exists.
     *
     * @throws TruthFileException for a missing, unreadable or invalid file; the message names the entry and field
     */
    public static TruthFile read(Path truthFile) throws TruthFileException {
        JsonNode root = parse(truthFile);
        String where = truthFile.toString();
        if (!root.isArray()) {
            throw new TruthFileException(where + ": expected a JSON list of entries, found " + kind(root));
        }
        if (root.isEmpty()) {
            throw new TruthFileException(where + ": the list of entries is empty");
        }
        Path base = truthFile.toAbsolutePath().getParent();
        List<TruthEntry> entries = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            entries.add(entry(where, base, i + 1, root.get(i)));
        }
        return new TruthFile(truthFile, entries);
    }

    private static JsonNode parse(Path truthFile) throws TruthFileException {
        try {
            return JSON.readTree(Files.readAllBytes(truthFile));
        } catch (NoSuchFileException e) {
            throw new TruthFileException(truthFile + ": no such file");
        } catch (AccessDeniedException e) {
            throw new TruthFileException(truthFile + ": permission denied");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TruthFileException(truthFile + ": not valid JSON" + position + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            String why = Files.isDirectory(truthFile) ? "is a directory, not a file" : "cannot read (" + e.getMessage() + ")";
            throw new TruthFileException(truthFile + ": " + why);
        }
    }

    private static TruthEntry entry(String where, Path base, int number, JsonNode node) throws TruthFileException {
        String at = where + ": entry " + number;
        if (!node.isObject()) {
            throw new TruthFileException(at + ": expected an object, found " + kind(node));
        }
        String file = string(at, node, "file");
        at += " (" + file + ")";
        Path path = base.resolve(file);
        if (!Files.exists(path)) {
            throw new TruthFileException(at + ": \"file\": no such draft " + path);
        }
        if (Files.isDirectory(path)) {
            throw new TruthFileException(at + ": \"file\": " + path + " is a directory, not a draft");
        }
        String language = string(at, node, "language");
        if (!LANGUAGES.contains(language)) {
            throw new TruthFileException(at + ": \"language\": \"" + language + "\" is not fr or en");
        }
        String date = string(at, node, "referenceDate");
        LocalDate referenceDate;
        try {
            if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", date, 0);
            }
            referenceDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new TruthFileException(at + ": \"referenceDate\": \"" + date + "\" is not a date (YYYY-MM-DD)");
        }
        JsonNode list = node.get("planted");
        if (list == null || !list.isArray()) {
            throw new TruthFileException(at + ": \"planted\": expected a list of planted errors ([] for a control), found "
                    + kind(list));
        }
        List<Planted> planted = new ArrayList<>(list.size());
        for (int k = 0; k < list.size(); k++) {
            planted.add(planted(at + ": \"planted\" " + (k + 1), list.get(k)));
        }
        return new TruthEntry(number, file, path, language, referenceDate, planted);
    }

    private static Planted planted(String at, JsonNode node) throws TruthFileException {
        if (!node.isObject()) {
            throw new TruthFileException(at + ": expected an object, found " + kind(node));
        }
        String category = string(at, node, "category");
        if (!CategoryScore.CATEGORIES.contains(category)) {
            throw new TruthFileException(at + ": \"category\": unknown category \"" + category + "\" (expected one of "
                    + String.join(", ", CategoryScore.CATEGORIES) + ")");
        }
        String text = string(at, node, "text");
        if (text.isBlank()) {
            throw new TruthFileException(at + ": \"text\" is empty");
        }
        JsonNode note = node.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) {
            throw new TruthFileException(at + ": \"note\": expected a string, found " + kind(note));
        }
        return new Planted(category, text, note == null || note.isNull() ? "" : note.asText());
    }

    private static String string(String at, JsonNode node, String field) throws TruthFileException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new TruthFileException(at + ": \"" + field + "\" is missing");
        }
        if (!value.isTextual()) {
            throw new TruthFileException(at + ": \"" + field + "\": expected a string, found " + kind(value));
        }
        return value.asText();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
