package org.factcheck.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every match of a regular expression must contain, read from the expression itself: sets of strings of which a
 * match holds at least one each ("janvier" to "décembre" for an alternation of months, a digit for {@code \d},
 * "anniversaire" for a word written in the pattern). A text that lacks every string of one set cannot match, and its
 * scan, which tries the expression at each of its characters, is skipped: most sentences of a draft have no month, no
 * digit, no percent sign. The same shortcut regular expression engines such as RE2 and Hyperscan take.
 *
 * <p>The reading is conservative: what it does not understand (a back-reference, a character class, a look-around)
 * requires nothing, and an expression it cannot read at all requires nothing, so that {@link #mayMatch} is false only
 * for a text no match can be found in. Case-insensitive expressions are tested without case, with any character that
 * the expression's case rules could take for another.
 */
public final class RequiredText {
    /** The most strings of one set tested; a longer set (every number word) costs more than the scan it spares. */
    private static final int MAX_SET = 64;
    /** The most sets tested, most selective first. */
    private static final int MAX_SETS = 3;
    /**
     * The one form of each Latin character (below U+0300) and of punctuation (U+2000 to U+20CF: dashes, quotation
     * marks, spaces, currency signs), made once: the sentences of a French draft have accented letters, each of which
     * {@link #fold} otherwise looked up twice in Java's tables; any other character is looked up as it comes.
     * The table is laid out as {@link TextFold}'s ({@link TextFold#tabled}): 976 characters looked up at each start
     * rather than the 8,448 below U+2100 (5 to 9 ms in a fresh JVM, against 3 to 7).
     */
    private static final char[] CASES = new char[TextFold.TABLED];

    static {
        for (int i = 0; i < CASES.length; i++) {
            CASES[i] = caseOf(TextFold.tabledChar(i));
        }
    }

    private static final RequiredText NOTHING = new RequiredText(List.of(), false);

    /**
     * How many numbers mark the pairs of characters side by side in a string (see {@link #marks}): 512 bits, of which
     * a sentence of 150 characters sets about a fifth (its pairs repeat), so that a word of six characters that is not
     * in it passes for one less than once in a thousand, where its characters alone let most such words through.
     */
    private static final int PAIR_WORDS = 8;
    /** How many numbers mark a string: three for its characters, then its pairs of characters. */
    private static final int MARK_WORDS = 3 + PAIR_WORDS;

    private final String[][] sets;
    /** The characters and pairs of characters of each string of each set ({@link #marks}). */
    private final long[][] marks;
    private final boolean ignoreCase;

    private RequiredText(List<Set<String>> sets, boolean ignoreCase) {
        this.sets = sets.stream().map(s -> s.toArray(String[]::new)).toArray(String[][]::new);
        this.marks = new long[this.sets.length][];
        for (int i = 0; i < this.sets.length; i++) {
            marks[i] = new long[MARK_WORDS * this.sets[i].length];
            for (int j = 0; j < this.sets[i].length; j++) {
                marks(this.sets[i][j], marks[i], MARK_WORDS * j);
            }
        }
        // strings of digits and marks are searched as they are, without folding the text first
        this.ignoreCase = ignoreCase && sets.stream().flatMap(Set::stream).anyMatch(s -> !caseless(s));
    }

    /** What every match of {@code pattern} contains; nothing when the expression cannot be read. */
    public static RequiredText of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & Pattern.LITERAL) != 0) {
            String s = pattern.pattern();
            return s.isEmpty() ? NOTHING : choose(List.of(Set.of(s)), (flags & Pattern.CASE_INSENSITIVE) != 0);
        }
        if ((flags & (Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return NOTHING;
        }
        Reader r = new Reader(pattern.pattern(), (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0);
        try {
            List<Set<String>> required = r.alternation();
            if (r.at < r.s.length()) {
                return NOTHING; // an unbalanced ')': not an expression Pattern compiled
            }
            return r.comments ? NOTHING : choose(required, r.ignoreCase || (flags & Pattern.CASE_INSENSITIVE) != 0);
        } catch (RuntimeException e) {
            return NOTHING; // a construct read wrongly: nothing is required rather than something wrong
        }
    }

    /** Whether a match may be found in {@code text}: false only when it lacks every string of one required set. */
    public boolean mayMatch(CharSequence text) {
        if (sets.length == 0) {
            return true;
        }
        Seen seen = Seen.mine();
        String t = seen.text(text.toString(), ignoreCase);
        long[] present = seen.marks;
        for (int i = 0; i < sets.length; i++) {
            if (!anyIn(sets[i], marks[i], t, present)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A matcher that finds nothing, this thread's: what {@link GatedPattern#matcher} gives for a text that lacks what a
     * match needs, where a new matcher over an empty text cost a few hundred bytes for each of a draft's sentences and
     * patterns (a sixth of what a check allocated). One for each thread, given again and again: its expression matches
     * no text, not even an empty one, so that whatever a search asked of it before, {@code find} is false.
     */
    static Matcher none() {
        return Seen.mine().none;
    }

    /**
     * Drops the texts this thread's searches kept: called once a draft is checked, so that its sentences die with it
     * (a service's young collections free them) rather than stay until another draft's take their places, which moved
     * them into the old generation first: 35,000 such sentences, 9 MB, after 11,000 checks of varied drafts.
     */
    public static void forget() {
        Seen.forget();
    }

    /**
     * The characters of {@code s} as three numbers from {@code at}: a bit for each character under 128, and one of 64
     * for each other; then its pairs of characters side by side, each as one of {@value #PAIR_WORDS}×64 bits. A string
     * holds another only if it holds each of its characters and each of its pairs: a string's marks not all among a
     * text's say it is not there, without a search through the text.
     */
    private static void marks(String s, long[] out, int at) {
        long low = 0;
        long high = 0;
        long other = 0;
        Arrays.fill(out, at + 3, at + MARK_WORDS, 0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 128) {
                high |= 1L << c; // the shift keeps its low six bits: c - 64
            } else {
                other |= 1L << c;
            }
            if (i > 0) {
                int pair = pair(s.charAt(i - 1), c);
                out[at + 3 + (pair >>> 6)] |= 1L << pair;
            }
        }
        out[at] = low;
        out[at + 1] = high;
        out[at + 2] = other;
    }

    /** The bit of a pair of characters side by side, one of {@value #PAIR_WORDS}×64. */
    private static int pair(char first, char second) {
        return (first * 31 + second) & (PAIR_WORDS * 64 - 1); // the letters' pairs spread over all the bits
    }

    /** Whether nothing is required: every text may match. */
    public boolean isEmpty() {
        return sets.length == 0;
    }

    /** The required sets, most selective first, for tests and diagnostics. */
    public List<Set<String>> sets() {
        List<Set<String>> out = new ArrayList<>();
        for (String[] s : sets) {
            out.add(new LinkedHashSet<>(List.of(s)));
        }
        return out;
    }

    private static boolean anyIn(String[] set, long[] marks, String t, long[] present) {
        for (int j = 0; j < set.length; j++) {
            if (allIn(marks, MARK_WORDS * j, present) && t.contains(set[j])) {
                return true;
            }
        }
        return false;
    }

    /** Whether each mark of a string, from {@code at} in {@code marks}, is among a text's. */
    private static boolean allIn(long[] marks, int at, long[] present) {
        for (int k = 0; k < MARK_WORDS; k++) {
            if ((marks[at + k] & ~present[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The texts patterns were tried on last, on this thread, as searched (folded for a case-insensitive pattern, each
     * character in the one case it compares) and with their characters' marks, by the texts' identity: each extractor
     * tries its patterns on each sentence of a draft in turn, then the next extractor on the same sentences, so each
     * sentence is folded and marked once for all of them (where each extractor marked it again with a few kept).
     */
    private static final class Seen {
        /**
         * A place for each of 64 threads by the thread's id, each taken by the thread that uses it: a thread whose
         * place another took makes its own again (marks its texts again), and never writes to another's. Not a
         * {@link ThreadLocal}, whose lookup was a twentieth of a service's time in the tables of threads holding many.
         */
        private static final Seen[] PLACES = new Seen[64];
        /** An expression no text matches: a character neither a space nor other than a space. */
        private static final Pattern NEVER = Pattern.compile("[^\\s\\S]");
        /** How many texts each thread keeps, by their identity's hash: a draft's sentences, mostly. */
        private static final int TEXTS = 256;
        /** The thread that writes to this one, alone. */
        private final Thread owner;
        private final Text[] texts = new Text[TEXTS];
        /** The marks of the text {@link #text} last gave. */
        long[] marks;
        /** See {@link RequiredText#none}. */
        final Matcher none = NEVER.matcher("");

        /** One text, as it is and folded, with the marks of each. */
        private static final class Text {
            String raw;
            String folded;
            boolean rawMarked;
            final long[] rawMarks = new long[MARK_WORDS];
            final long[] foldedMarks = new long[MARK_WORDS];
        }

        private Seen(Thread owner) {
            this.owner = owner;
        }

        /** This thread's. */
        static Seen mine() {
            Thread t = Thread.currentThread();
            int place = (int) t.getId() & (PLACES.length - 1);
            Seen s = PLACES[place];
            if (s == null || s.owner != t) { // (a place another took is seen with its owner: a final field)
                s = new Seen(t);
                PLACES[place] = s;
            }
            return s;
        }

        /** Drops this thread's texts, if it has a place. */
        static void forget() {
            Thread t = Thread.currentThread();
            Seen s = PLACES[(int) t.getId() & (PLACES.length - 1)];
            if (s != null && s.owner == t) {
                for (Text seen : s.texts) {
                    if (seen != null) {
                        seen.raw = null;
                        seen.folded = null;
                        seen.rawMarked = false;
                    }
                }
            }
        }

        /** {@code text} as searched, folded or not, its marks in {@link #marks}. */
        String text(String text, boolean fold) {
            int at = System.identityHashCode(text) & (TEXTS - 1);
            Text seen = texts[at];
            if (seen == null) {
                seen = texts[at] = new Text();
            }
            if (seen.raw != text) { // in place of the one there
                seen.raw = text;
                seen.folded = null;
                seen.rawMarked = false;
            }
            if (fold) {
                if (seen.folded == null) {
                    seen.folded = fold(text);
                    marks(seen.folded, seen.foldedMarks, 0);
                }
                marks = seen.foldedMarks;
                return seen.folded;
            }
            if (!seen.rawMarked) {
                marks(text, seen.rawMarks, 0);
                seen.rawMarked = true;
            }
            marks = seen.rawMarks;
            return text;
        }
    }

    /**
     * Each character as {@code Character.toLowerCase(Character.toUpperCase(c))}, the form in which Java's
     * case-insensitive expressions compare characters (with {@code UNICODE_CASE}; without it they compare fewer):
     * two characters one of them takes for each other have one form. The length is kept ("İ" stays one character).
     */
    static String fold(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            int at = TextFold.tabled(x);
            char f = at >= 0 ? CASES[at] : caseOf(x);
            if (f != x) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = f;
            }
        }
        return c == null ? s : new String(c);
    }

    private static char caseOf(char x) {
        return x < 128 ? TextFold.lowerAscii(x) : Character.toLowerCase(Character.toUpperCase(x));
    }

    /** Whether no character of {@code s} has another case: a digit, a mark. */
    private static boolean caseless(String s) {
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (Character.toUpperCase(x) != x || Character.toLowerCase(x) != x || Character.toTitleCase(x) != x
                    || fold(String.valueOf(x)).charAt(0) != x) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sets worth testing: each without the strings that hold a shorter one of it (a text holding "nées" holds
     * "né"), no longer than {@link #MAX_SET}, none that another implies, the {@link #MAX_SETS} whose shortest string
     * is longest first.
     */
    private static RequiredText choose(List<Set<String>> required, boolean ignoreCase) {
        List<Set<String>> kept = new ArrayList<>();
        for (Set<String> set : required) {
            Set<String> reduced = reduce(set, ignoreCase);
            if (reduced.isEmpty() || reduced.size() > MAX_SET || reduced.contains("")) {
                continue;
            }
            if (!kept.contains(reduced)) {
                kept.add(reduced);
            }
        }
        kept.sort(Comparator.<Set<String>>comparingInt(RequiredText::shortest)
                .reversed().thenComparingInt(Set::size));
        // a set that another implies adds nothing: each string of {"anniversaire"} holds one of {"e"}
        kept.removeIf(weaker -> kept.stream().anyMatch(stronger -> stronger != weaker && !stronger.equals(weaker)
                && stronger.stream().allMatch(t -> weaker.stream().anyMatch(t::contains))));
        return kept.isEmpty() ? NOTHING : new RequiredText(kept.subList(0, Math.min(MAX_SETS, kept.size())), ignoreCase);
    }

    /** The length of the shortest string of a set: how selective the set is, the longer the more. */
    private static int shortest(Set<String> set) {
        return set.stream().mapToInt(String::length).min().orElse(0);
    }

    private static Set<String> reduce(Set<String> set, boolean ignoreCase) {
        List<String> sorted = new ArrayList<>();
        for (String s : set) {
            sorted.add(ignoreCase ? fold(s) : s);
        }
        sorted.sort(Comparator.comparingInt(String::length));
        Set<String> out = new LinkedHashSet<>();
        for (String s : sorted) {
            if (out.stream().noneMatch(s::contains)) {
                out.add(s);
            }
        }
        return out;
    }

    /** A reading of the expression: what each part requires, as a list of sets each of which a match meets. */
    private static final class Reader {
        final String s;
        final boolean unicodeClasses;
        int at;
        boolean ignoreCase;
        boolean comments;

        Reader(String s, boolean unicodeClasses) {
            this.s = s;
            this.unicodeClasses = unicodeClasses;
        }

        /** Branches up to a ')' or the end: a match meets one branch, so it holds a string of the branches' union. */
        List<Set<String>> alternation() {
            List<List<Set<String>>> branches = new ArrayList<>();
            branches.add(sequence());
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                branches.add(sequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Set<String> union = new LinkedHashSet<>();
            for (List<Set<String>> b : branches) {
                Set<String> best = best(b);
                if (best == null) {
                    return List.of(); // a branch that requires nothing
                }
                union.addAll(best);
            }
            return List.of(union);
        }

        /** The set of a branch worth most: the one whose shortest string is longest, then the smallest. */
        private static Set<String> best(List<Set<String>> sets) {
            Set<String> best = null;
            int bestMin = -1;
            for (Set<String> set : sets) {
                int min = shortest(set);
                if (min > bestMin || min == bestMin && set.size() < best.size()) {
                    best = set;
                    bestMin = min;
                }
            }
            return bestMin > 0 ? best : null;
        }

        /** Atoms up to a '|', a ')' or the end; runs of literal characters become single strings. */
        List<Set<String>> sequence() {
            List<Set<String>> required = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (at < s.length()) {
                char c = s.charAt(at);
                if (c == '|' || c == ')') {
                    break;
                }
                Atom a = atom();
                int min = quantifier();
                if (a.literal != null) {
                    String lit = a.literal;
                    if (min < 0) {
                        run.append(lit);
                    } else {
                        // a quantifier binds the last character only ("ans?" requires "an"), or the last two when
                        // they make one code point
                        int last = lit.length() > 1 && Character.isSurrogatePair(lit.charAt(lit.length() - 2),
                                lit.charAt(lit.length() - 1)) ? lit.length() - 2 : lit.length() - 1;
                        run.append(lit, 0, last);
                        if (min > 0) {
                            run.append(lit, last, lit.length());
                        }
                        flush(run, required);
                    }
                } else {
                    flush(run, required);
                    if (a.required != null && min != 0) {
                        required.addAll(a.required);
                    }
                }
            }
            flush(run, required);
            return required;
        }

        private static void flush(StringBuilder run, List<Set<String>> required) {
            if (run.length() > 0) {
                required.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        /** The minimum count of a quantifier after an atom; -1 for none. */
        int quantifier() {
            if (at >= s.length()) {
                return -1;
            }
            char c = s.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                at++;
                min = 0;
            } else if (c == '+') {
                at++;
                min = 1;
            } else if (c == '{') {
                int close = s.indexOf('}', at);
                String body = s.substring(at + 1, close);
                String lo = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                min = Integer.parseInt(lo.strip());
                at = close + 1;
            } else {
                return -1;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return min;
        }

        /** One atom: literal characters, a group (with what it requires), or anything else (requiring nothing). */
        Atom atom() {
            char c = s.charAt(at);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Atom.OTHER;
                case '.', '^', '$':
                    at++;
                    return Atom.OTHER;
                case '\\':
                    return escape();
                default:
                    int n = Character.charCount(s.codePointAt(at));
                    at += n;
                    return Atom.literal(s.substring(at - n, at));
            }
        }

        private Atom group() {
            at++; // (
            boolean lookaround = false;
            if (s.startsWith("?", at)) {
                if (s.startsWith("?:", at) || s.startsWith("?>", at)) {
                    at += 2;
                } else if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                    at += 2;
                    lookaround = true;
                } else if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                    at += 3;
                    lookaround = true;
                } else if (s.startsWith("?<", at)) {
                    at = s.indexOf('>', at) + 1; // a named group
                } else {
                    // inline flags: "(?i)" for the rest, "(?iu:...)" for a group
                    int end = at + 1;
                    while (end < s.length() && s.charAt(end) != ')' && s.charAt(end) != ':') {
                        end++;
                    }
                    String flags = s.substring(at + 1, end);
                    ignoreCase |= flags.contains("i");
                    comments |= flags.replaceAll("-.*", "").contains("x");
                    if (flags.contains("U")) {
                        throw new IllegalStateException("Unicode classes set inline");
                    }
                    at = end + 1;
                    if (s.charAt(end) == ')') {
                        return Atom.OTHER;
                    }
                }
            }
            List<Set<String>> inside = alternation();
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new IllegalStateException("unclosed group");
            }
            at++;
            return lookaround ? Atom.OTHER : Atom.group(inside);
        }

        private Atom escape() {
            char e = s.charAt(at + 1);
            at += 2;
            switch (e) {
                case 'Q': {
                    int end = s.indexOf("\\E", at);
                    String quoted = end < 0 ? s.substring(at) : s.substring(at, end);
                    at = end < 0 ? s.length() : end + 2;
                    return quoted.isEmpty() ? Atom.OTHER : Atom.literal(quoted);
                }
                case 'x': {
                    int cp;
                    if (s.charAt(at) == '{') {
                        int close = s.indexOf('}', at);
                        cp = Integer.parseInt(s.substring(at + 1, close), 16);
                        at = close + 1;
                    } else {
                        cp = Integer.parseInt(s.substring(at, at + 2), 16);
                        at += 2;
                    }
                    return Character.isBmpCodePoint(cp) ? Atom.literal(String.valueOf((char) cp)) : Atom.OTHER;
                }
                case 'u': {
                    char ch = (char) Integer.parseInt(s.substring(at, at + 4), 16);
                    at += 4;
                    return Atom.literal(String.valueOf(ch));
                }
                case 'p', 'P', 'N': {
                    if (at < s.length() && s.charAt(at) == '{') {
                        at = s.indexOf('}', at) + 1;
                    } else {
                        at++;
                    }
                    return Atom.OTHER;
                }
                case 'k': {
                    at = s.indexOf('>', at) + 1;
                    return Atom.OTHER;
                }
                case 'c':
                    at++;
                    return Atom.OTHER;
                case '0': {
                    while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '7') {
                        at++;
                    }
                    return Atom.OTHER;
                }
                case 'd':
                    return unicodeClasses ? Atom.OTHER : Atom.DIGIT;
                default:
                    if (Character.isLetterOrDigit(e)) {
                        while (Character.isDigit(e) && at < s.length() && Character.isDigit(s.charAt(at))) {
                            at++; // a back-reference of several digits
                        }
                        return Atom.OTHER; // \s, \b, \w, \t and the like: no literal
                    }
                    return Atom.literal(String.valueOf(e)); // an escaped mark: "\\.", "\\("
            }
        }

        /** Past a character class, nested classes and escapes within. */
        private void skipClass() {
            at++; // [
            if (at < s.length() && s.charAt(at) == '^') {
                at++;
            }
            if (at < s.length() && s.charAt(at) == ']') {
                at++; // a ']' first is a character of the class
            }
            int depth = 1;
            while (depth > 0) {
                char c = s.charAt(at);
                if (c == '\\') {
                    if (s.charAt(at + 1) == 'Q') {
                        at = s.indexOf("\\E", at + 2) + 2;
                        continue;
                    }
                    at += 2;
                    if ("pPN".indexOf(s.charAt(at - 1)) >= 0 && at < s.length() && s.charAt(at) == '{'
                            || s.charAt(at - 1) == 'x' && at < s.length() && s.charAt(at) == '{') {
                        at = s.indexOf('}', at) + 1;
                    }
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
                at++;
            }
        }
    }

    /** What an atom of the expression stands for: literal characters, or what a group requires, or nothing. */
    private record Atom(String literal, List<Set<String>> required) {
        static final Atom OTHER = new Atom(null, null);
        static final Atom DIGIT = new Atom(null, List.of(Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")));

        static Atom literal(String s) {
            return new Atom(s, null);
        }

        static Atom group(List<Set<String>> required) {
            return new Atom(null, required);
        }
    }
}
