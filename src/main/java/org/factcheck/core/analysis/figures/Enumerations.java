package org.factcheck.core.analysis.figures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.Figure;
import org.factcheck.core.facts.FigureKind;
import org.factcheck.core.lang.PatternTemplates;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.GatedPattern;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;

/**
 * Finds the percentages that share out one whole across a sentence, several sentences or a list, where no word
 * after each percentage names the whole: the whole is named once, ahead of them.
 *
 * <ul>
 *   <li>A frame that opens a sentence and names the whole before a comma ("Parmi les patients du mois, 46 % sont
 *   rentrés chez eux…", "Of those who voted, 81% backed…"), then percentages that are the subjects of their verbs
 *   ("46 % sont", "81% backed"). The enumeration goes on in the following sentences of the paragraph that open with
 *   such a percentage ("38 % ont été hospitalisés…"), and ends at the first that does not.</li>
 *   <li>A sentence that ends with a colon and names a share ("The results, as a share of valid votes:"), then list
 *   items that each give one percentage ("- A. Smith: 46.2%").</li>
 * </ul>
 *
 * <p>Percentages of a frame that have a quantity of their own ("46 % des hommes") are left alone, and so are changes,
 * pairs, ranges and a percentage set against the parts before it ("…, contre 40 % qui…": the comparison words).
 * The parts found become shares of the frame's whole ({@link Figure#asPartOf}), grouped by the sentence that opens
 * the frame: {@code number.shares-sum} adds them up.
 *
 * <p>Templates and words, from {@code rules/<language>/figure-patterns.txt}: {@code @enumeration-frame} (the
 * frame's pattern: group 1 names the whole, with the frame's first word), {@code @enumeration-list} (the words of a
 * share in a list's heading) and {@code @enumeration-list-whole} (the whole the report names for a list).
 */
final class Enumerations {
    private static final String BULLETS = "-–—•▪■►*·";
    /** What may stand between a percentage and its verb: object pronouns, negation ("n'en", "y"), an adverb. */
    private static final Set<Pos> CLITICS = EnumSet.of(Pos.PRON, Pos.PART, Pos.ADV, Pos.ADP);

    private final GatedPattern frame;
    private final Pattern listHeading;
    private final String listWhole;
    private final Pattern contrast;

    Enumerations(PatternTemplates patterns, Map<String, String> pieces, Pattern contrast) {
        this.contrast = contrast;
        frame = GatedPattern.of(patterns.compile("@enumeration-frame", pieces));
        listHeading = Pattern.compile("(?<![\\p{L}])" + patterns.alternation("@enumeration-list") + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE);
        listWhole = patterns.forms("@enumeration-list-whole").stream().findFirst().orElse("");
    }

    /** The figures, in text order, with the parts of enumerations made shares of their wholes. */
    List<Figure> mark(AnnotatedText annotated, List<Figure> figures) {
        Map<Integer, List<Figure>> bySentence = new HashMap<>();
        figures.forEach(f -> bySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f));
        Map<Integer, Figure> out = new HashMap<>();
        List<AnnotatedText.TextSentence> sentences = annotated.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedText.TextSentence s = sentences.get(i);
            List<Figure> own = bySentence.getOrDefault(s.index(), List.of());
            String text = s.span().text();
            Matcher m = frame.matcher(text);
            if (m.find()) {
                List<Figure> parts = subjects(s, own, s.span().start() + m.end());
                if (parts.isEmpty()) {
                    continue;
                }
                String written = TextFold.whitespace(m.group(1)).strip();
                String whole = Character.toLowerCase(written.charAt(0)) + written.substring(1);
                String key = TextFold.fold(whole);
                parts.forEach(f -> out.put(f.id(), f.asPartOf(whole, key, s.index())));
                while (i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph()) {
                    AnnotatedText.TextSentence next = sentences.get(i + 1);
                    List<Figure> more = subjects(next, bySentence.getOrDefault(next.index(), List.of()),
                            next.span().start());
                    if (more.isEmpty() || more.get(0).span().start() != firstToken(next)) {
                        break;
                    }
                    more.forEach(f -> out.put(f.id(), f.asPartOf(whole, key, s.index())));
                    i++;
                }
            } else if (text.strip().endsWith(":") && listHeading.matcher(text).find()) {
                List<Figure> items = new ArrayList<>();
                int j = i + 1;
                while (j < sentences.size()) {
                    AnnotatedText.TextSentence item = sentences.get(j);
                    String t = item.span().text().strip();
                    List<Figure> given = bySentence.getOrDefault(item.index(), List.of());
                    if (t.isEmpty() || BULLETS.indexOf(t.charAt(0)) < 0 || given.size() != 1 || !bare(given.get(0))) {
                        break;
                    }
                    items.add(given.get(0));
                    j++;
                }
                if (items.size() >= 2) {
                    String key = TextFold.fold(text.strip());
                    items.forEach(f -> out.put(f.id(), f.asPartOf(listWhole, key, s.index())));
                    i = j - 1;
                }
            }
        }
        return figures.stream().map(f -> out.getOrDefault(f.id(), f)).toList();
    }

    /**
     * The percentages of sentence {@code s} from {@code from} on that are subjects of a verb right after them, up to
     * the first set against the ones before it.
     */
    private List<Figure> subjects(AnnotatedText.TextSentence s, List<Figure> figures, int from) {
        List<Figure> out = new ArrayList<>();
        int since = from;
        for (Figure f : figures) {
            if (f.span().start() < from) {
                continue;
            }
            if (setAgainst(s, since, f.span().start())) {
                break;
            }
            if (bare(f) && verbAfter(s, f.span().end())) {
                out.add(f);
            }
            since = f.span().end();
        }
        return out;
    }

    /**
     * Whether a comparison word stands in {@code from..to} of sentence {@code s} ("…, contre 40 % qui…"), not as the
     * particle of a verb ("voted against").
     */
    private boolean setAgainst(AnnotatedText.TextSentence s, int from, int to) {
        int base = s.span().start();
        Matcher m = contrast.matcher(s.span().text()).region(from - base, to - base);
        while (m.find()) {
            int before = s.lastTokenBefore(base + m.start());
            if (before < 0 || !s.tokens().get(before).pos().verbal()) {
                return true;
            }
        }
        return false;
    }

    /** A percentage with nothing after it that names its quantity, nor a change, pair or range. */
    private static boolean bare(Figure f) {
        return f.kind() == FigureKind.PERCENT && f.quantity() == null && f.role() == null && f.verb() == null;
    }

    /** Whether the word after {@code end} is a verb, two clitics at most aside ("17 % n'en veulent pas"). */
    static boolean verbAfter(AnnotatedText.TextSentence s, int end) {
        int skipped = 0;
        for (Token t : s.tokens()) {
            if (t.start() < end) {
                continue;
            }
            if (t.pos().verbal()) {
                return true;
            }
            if (!CLITICS.contains(t.pos()) || ++skipped > 2) {
                return false;
            }
        }
        return false;
    }

    private static int firstToken(AnnotatedText.TextSentence s) {
        return s.tokens().isEmpty() ? -1 : s.tokens().get(0).start();
    }
}
