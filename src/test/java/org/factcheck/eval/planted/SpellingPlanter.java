package org.factcheck.eval.planted;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPELLING errors in one occurrence of a name or term that the article writes at least twice, always the same way:
 * an accent dropped (États-Unis → Etats-Unis, Hélène → Helene in one letter), or the hyphen of a hyphenated name
 * made a space (Jean-Marc → Jean Marc, Saint-Étienne → Saint Étienne). A name or term is a capitalized word or a
 * hyphenated compound.
 */
final class SpellingPlanter implements Planter {
    /** What is changed. */
    enum Change { ACCENT, HYPHEN }

    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{L}+(?:-\\p{L}+)*(?![\\p{L}\\d-])");
    private static final Pattern NAME_COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+");

    private final Change change;

    SpellingPlanter(Change change) {
        this.change = change;
    }

    @Override
    public String category() {
        return "SPELLING";
    }

    @Override
    public String kind() {
        return change == Change.ACCENT ? "spelling-accent" : "spelling-hyphen";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        String text = article.text();
        Map<String, List<Integer>> terms = new LinkedHashMap<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean fits = change == Change.ACCENT
                    ? t.length() >= 4 && (Character.isUpperCase(t.charAt(0)) || t.contains("-")) && !unaccented(t).equals(t)
                    : NAME_COMPOUND.matcher(t).matches();
            if (fits) {
                terms.computeIfAbsent(t, k -> new ArrayList<>()).add(m.start());
            }
        }
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : terms.entrySet()) {
            if (e.getValue().size() >= 2 && (e.getKey().contains("-")
                    || e.getValue().stream().anyMatch(at -> midSentence(text, at)))) {
                candidates.add(e.getKey());
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String term = candidates.get(random.nextInt(candidates.size()));
        List<Integer> at = terms.get(term);
        int start = at.get(random.nextInt(at.size()));
        return Optional.ofNullable(change == Change.ACCENT ? dropAccent(article, term, start, at.size(), random)
                : dropHyphen(article, term, start, at.size()));
    }

    private Plant dropAccent(Article article, String term, int start, int times, Random random) {
        List<Integer> accented = new ArrayList<>();
        for (int i = 0; i < term.length(); i++) {
            String c = term.substring(i, i + 1);
            if (!unaccented(c).equals(c)) {
                accented.add(i);
            }
        }
        int i = accented.get(random.nextInt(accented.size()));
        String plain = unaccented(term.substring(i, i + 1));
        String changed = term.substring(0, i) + plain + term.substring(i + 1);
        if (Texts.hasWord(article.text(), changed)) {
            return null;
        }
        String note = String.format("Written %s, with %s, everywhere else in the text (%d times in all).", term,
                term.charAt(i), times);
        return Plant.ofNewText(article.text(), category(), kind(), start + i, start + i + 1, plain,
                new Span(start, start + term.length()), note);
    }

    private Plant dropHyphen(Article article, String term, int start, int times) {
        int hyphen = term.indexOf('-');
        String changed = term.substring(0, hyphen) + " " + term.substring(hyphen + 1);
        if (article.text().contains(changed)) {
            return null;
        }
        String note = String.format("Written %s, hyphenated, everywhere else in the text (%d times in all).", term, times);
        return Plant.ofNewText(article.text(), category(), kind(), start + hyphen, start + hyphen + 1, " ",
                new Span(start, start + term.length()), note);
    }

    /** Whether a word there is capitalized for itself: not at a sentence's start, nor a quotation's or a list's. */
    private static boolean midSentence(String text, int at) {
        int i = at;
        while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
            i--;
        }
        return !Texts.sentenceStart(text, at) && i > 0 && "«\"“:(—–-".indexOf(text.charAt(i - 1)) < 0;
    }

    /** The text without its accents (é → e, Ç → C); letters of other kinds (ø, ß) stay. */
    static String unaccented(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
