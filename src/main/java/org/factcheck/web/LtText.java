package org.factcheck.web;

import java.text.Normalizer;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The text a LanguageTool client sends ({@code text}, or {@code data}: LanguageTool's annotated markup) as the
 * checker reads it, with the way back to the client's offsets. The client counts offsets in UTF-16 code units of
 * what it sent, markup included; the checker reads only the text (and what a markup is to be read as, its
 * {@code interpretAs}), without a leading byte-order mark, with its line breaks as {@code \n} and in NFC. This class
 * applies those changes itself, remembering for each code unit of the checked text the range of the original it
 * comes from, so that the checker's reading leaves the checked text unchanged and each span maps back exactly.
 *
 * @param original the text as the client counts it: the text, or the concatenation of the annotation's texts and
 *                 markups
 * @param checked  the text the checker is given
 * @param starts   for each code unit of {@code checked}, where in {@code original} what it stands for starts
 * @param ends     and where that ends (exclusive)
 */
record LtText(String original, String checked, int[] starts, int[] ends) {

    /** The text of a {@code text} field. */
    static LtText ofText(String text) {
        Builder b = new Builder(text.length());
        b.text(text, 0);
        return b.build(text);
    }

    /**
     * The text of a {@code data} field: {@code {"annotation":[{"text":…},{"markup":…,"interpretAs":…}]}}. A markup
     * is read as its {@code interpretAs}, else as nothing; its own characters still count in the offsets.
     */
    static LtText ofData(String data) {
        JsonNode annotation;
        try {
            annotation = Json.MAPPER.readTree(data).path("annotation");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("'data' is not valid JSON: " + e.getOriginalMessage());
        }
        if (!annotation.isArray()) {
            throw ApiException.badRequest("'data' must be {\"annotation\":[{\"text\":\"…\"},{\"markup\":\"…\"}]}");
        }
        StringBuilder original = new StringBuilder();
        Builder b = new Builder(data.length());
        for (JsonNode part : annotation) {
            JsonNode text = part.get("text");
            JsonNode markup = part.get("markup");
            if (text != null && text.isTextual() && markup == null) {
                b.text(text.asText(), original.length());
                original.append(text.asText());
            } else if (markup != null && markup.isTextual() && text == null) {
                JsonNode as = part.get("interpretAs");
                b.markup(as != null && as.isTextual() ? as.asText() : "", original.length(), markup.asText().length());
                original.append(markup.asText());
            } else {
                throw ApiException.badRequest("each item of 'data''s annotation has a 'text', or a 'markup' (with "
                        + "an optional 'interpretAs'), as a string: " + part);
            }
        }
        return b.build(original.toString());
    }

    /** The offset in {@link #original} where a checked span from {@code start} starts. */
    int originalStart(int start) {
        return start < checked.length() ? starts[start] : original.length();
    }

    /** The offset in {@link #original} where the checked span that ends at {@code end} (exclusive) ends. */
    int originalEnd(int end) {
        return end == 0 ? 0 : ends[end - 1];
    }

    /** The checked text as it grows, each code unit with the range of the original it stands for. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            starts = new int[Math.max(16, capacity)];
            ends = new int[starts.length];
        }

        void text(String s, int at) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), at + i, at + i + 1);
            }
        }

        void markup(String interpretAs, int at, int length) {
            for (int i = 0; i < interpretAs.length(); i++) {
                append(interpretAs.charAt(i), at, at + length);
            }
        }

        private void append(char c, int start, int end) {
            if (text.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[text.length()] = start;
            ends[text.length()] = end;
            text.append(c);
        }

        /**
         * The text as the checker will read it: the leading byte-order mark dropped, {@code \r\n} and {@code \r} as
         * {@code \n}, then NFC, one run at a time from an ASCII character to the next (no ASCII character composes
         * with the one before it, so runs normalize apart as the whole text would); a run that NFC changes stands,
         * every code unit of it, for the whole run of the original.
         */
        LtText build(String original) {
            Builder lines = new Builder(text.length());
            int from = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    lines.append('\n', starts[i], ends[i + 1]);
                    i++;
                } else {
                    lines.append(c == '\r' ? '\n' : c, starts[i], ends[i]);
                }
            }
            Builder nfc = new Builder(lines.text.length());
            String s = lines.text.toString();
            for (int run = 0; run < s.length(); ) {
                int next = run + 1;
                while (next < s.length() && s.charAt(next) >= 0x80) {
                    next++;
                }
                String piece = s.substring(run, next);
                String normal = Normalizer.normalize(piece, Normalizer.Form.NFC);
                if (normal.equals(piece)) {
                    for (int i = run; i < next; i++) {
                        nfc.append(s.charAt(i), lines.starts[i], lines.ends[i]);
                    }
                } else {
                    int start = Arrays.stream(lines.starts, run, next).min().orElseThrow();
                    int end = Arrays.stream(lines.ends, run, next).max().orElseThrow();
                    for (int i = 0; i < normal.length(); i++) {
                        nfc.append(normal.charAt(i), start, end);
                    }
                }
                run = next;
            }
            return new LtText(original, nfc.text.toString(), nfc.starts, nfc.ends);
        }
    }
}
