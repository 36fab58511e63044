package org.factcheck.core.extract;

import java.util.Collection;
import java.util.List;

/**
 * A draft that cannot be checked, named for the fault in the input. The message is one line, fit to show a user
 * beside the file name.
 */
public abstract class DraftException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String kind;

    protected DraftException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** A short, stable name of the fault, for logs and API errors. */
    public final String kind() {
        return kind;
    }

    /**
     * A fault of one of the kinds a draft's reading gives ({@code empty}, {@code unsupported}, {@code corrupt},
     * {@code encrypted}, {@code too-long}, {@code too-large}) from its kind and message, as a child process that read
     * the draft reported it; an unknown kind is a corrupt file.
     */
    public static DraftException ofReading(String kind, String message) {
        return switch (kind) {
            case "empty" -> new Empty(message);
            case "unsupported" -> new Unsupported(message);
            case "encrypted" -> new Encrypted(message, null);
            case "too-long" -> new TooLong(message);
            case "too-large" -> new TooLarge(message, null);
            default -> new Corrupt(message, null);
        };
    }

    /** The file holds no bytes, or no text once extracted. */
    public static final class Empty extends DraftException {
        private static final long serialVersionUID = 1L;

        public Empty(String message) {
            super("empty", message, null);
        }
    }

    /** The file is of a type the checker does not read (an image, an archive, binary data). */
    public static final class Unsupported extends DraftException {
        private static final long serialVersionUID = 1L;

        public Unsupported(String message) {
            super("unsupported", message, null);
        }
    }

    /** The file claims a supported type but cannot be parsed. */
    public static final class Corrupt extends DraftException {
        private static final long serialVersionUID = 1L;

        public Corrupt(String message, Throwable cause) {
            super("corrupt", message, cause);
        }
    }

    /** The file is protected by a password. */
    public static final class Encrypted extends DraftException {
        private static final long serialVersionUID = 1L;

        public Encrypted(String message, Throwable cause) {
            super("encrypted", message, cause);
        }
    }

    /** The draft is to be checked in a language the rules do not have. */
    public static final class UnsupportedLanguage extends DraftException {
        private static final long serialVersionUID = 1L;
        private final String language;
        private final List<String> supported;

        public UnsupportedLanguage(String language, Collection<String> supported) {
            super("unsupported-language", "language '" + language + "' is not supported (expected one of "
                    + supported.stream().sorted().toList() + ")", null);
            this.language = language;
            this.supported = supported.stream().sorted().toList();
        }

        /** The language asked for. */
        public String language() {
            return language;
        }

        /** The languages of the rules, sorted. */
        public List<String> supported() {
            return supported;
        }
    }

    /** The check asks for rules the rules folder does not have. */
    public static final class UnknownRule extends DraftException {
        private static final long serialVersionUID = 1L;

        public UnknownRule(List<String> unknown, List<String> offByDefault) {
            super("unknown-rule", "no rule " + unknown + " to turn on (rules off by default: " + offByDefault + ")",
                    null);
        }
    }

    /** The extracted text is longer than the configured limit. */
    public static final class TooLong extends DraftException {
        private static final long serialVersionUID = 1L;

        public TooLong(String message) {
            super("too-long", message, null);
        }
    }

    /**
     * The text is not prose to check: one paragraph printed dozens of times, quotation marks in numbers no text of
     * words has ({@link DraftShape}). The message names the limit.
     */
    public static final class NotProse extends DraftException {
        private static final long serialVersionUID = 1L;

        public NotProse(String message) {
            super("not-prose", message, null);
        }
    }

    /**
     * Reading the file passed a bound on its size once unpacked or on the time it takes: a zip bomb, a document
     * of millions of empty elements. The message names the limit.
     */
    public static final class TooLarge extends DraftException {
        private static final long serialVersionUID = 1L;

        public TooLarge(String message, Throwable cause) {
            super("too-large", message, cause);
        }
    }
}
