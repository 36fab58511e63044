package org.factcheck.eval;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures as a table, laid out as {@code score.py} prints them (so that the two can be compared line for line):
 * recall per category with its fr/en split, overall recall, precision, false alarms on the controls, unreadable
 * drafts and planted texts not in their report; with {@code verbose}, each miss and each false positive.
 */
public final class EvalTable {
    private EvalTable() {
    }

    public static void print(EvalResult r, boolean verbose, PrintStream out) {
        out.printf("%-10s %7s %6s %7s   %13s   %13s%n", "category", "planted", "found", "recall", "fr", "en");
        for (CategoryScore c : r.categories()) {
            LanguageScore fr = c.language("fr");
            LanguageScore en = c.language("en");
            out.printf("%-10s %7d %6d %7s   %3d/%-3d%7s   %3d/%-3d%7s%n", c.category(), c.planted(), c.found(),
                    pct(c.found(), c.planted()), fr.found(), fr.planted(), pct(fr.found(), fr.planted()),
                    en.found(), en.planted(), pct(en.found(), en.planted()));
        }
        out.printf("%-10s %7d %6d %7s%n", "overall", r.planted(), r.found(), pct(r.found(), r.planted()));
        out.println();
        out.printf("recall    %s (%d/%d planted errors found)%n", pct(r.found(), r.planted()).strip(), r.found(),
                r.planted());
        out.printf("precision %s (%d/%d error/warning findings match a planted error; %d false positives)%n",
                pct(r.truePositives(), r.findings()).strip(), r.truePositives(), r.findings(), r.falsePositives());
        if (r.controlWords() > 0) {
            out.printf("controls  %d false positives in %d words (%d files): %s per 1,000 words%n",
                    r.controlFalsePositives(), r.controlWords(), r.controls(),
                    decimals(r.controlFalsePositivesPer1000Words(), 2));
        } else {
            out.println("controls  none");
        }
        for (FileResult f : r.unreadable()) {
            out.println("UNREADABLE " + f.file() + ": " + f.error().message());
        }
        for (EvalResult.Unlocatable u : r.unlocatable()) {
            out.println("NOT IN REPORT TEXT " + u.file() + ": " + quote(u.text()));
        }
        if (verbose) {
            printDetails(r, out);
        }
    }

    private static void printDetails(EvalResult r, PrintStream out) {
        out.println();
        out.println("MISSES");
        for (FileResult f : r.files()) {
            for (FileResult.PlantedResult p : f.planted()) {
                if (!p.found()) {
                    out.println("  " + f.file() + ": " + p.category() + " " + quote(p.text()) + " -- " + p.note());
                }
            }
        }
        out.println();
        out.println("FALSE POSITIVES");
        for (FileResult f : r.files()) {
            for (FileResult.FalsePositive fp : f.falsePositives()) {
                out.println("  " + f.file() + (f.control() ? " [control]" : "") + ": " + fp.category() + " " + fp.rule()
                        + " (" + fp.severity() + ") " + quote(fp.text()) + " @" + fp.start() + "-" + fp.end() + ": "
                        + fp.message());
            }
        }
    }

    /** {@code 100 a / b} to one decimal, 5 wide, then {@code %}; {@code "    -"} when b is 0. */
    static String pct(int a, int b) {
        return b == 0 ? "    -" : String.format("%5s%%", decimals(100.0 * a / b, 1));
    }

    /**
     * A double to a number of decimals, rounding its exact binary value half to even, as Python's format does
     * ({@code String.format} rounds the shortest decimal form half up, which differs on some values).
     */
    static String decimals(double x, int places) {
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A text quoted as Python's {@code repr} quotes it: in single quotes, or double quotes when it holds a single quote
     * and no double one; backslash, that quote, tab, new line, carriage return and unprintable characters (no-break
     * spaces included) escaped.
     */
    static String quote(String s) {
        if (s == null) {
            return "None";
        }
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == '\\' || c == q) {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (printable(c)) {
                b.appendCodePoint(c);
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(q).toString();
    }

    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
