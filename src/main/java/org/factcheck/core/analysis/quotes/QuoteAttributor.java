package org.factcheck.core.analysis.quotes;

import org.factcheck.core.analysis.people.PersonExtractor;
import org.factcheck.core.compare.QuoteText;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.ParagraphSplitter;
import org.factcheck.core.text.TextFold;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.MarkRole;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.Quotation;
import org.factcheck.core.facts.Quote;
import org.factcheck.core.facts.QuoteMark;
import org.factcheck.core.facts.Sentence;
import org.factcheck.core.facts.Span;

/**
 * Finds who speaks each quotation of a draft. The attribution is read, in this order:
 * <ol>
 *   <li>right after the quotation: a speech verb and the speaker ({@code « … », a déclaré Mme Roux},
 *       {@code "…," said Dana Hollis}), the speaker and a speech verb ({@code "…," Hollis told reporters}), an
 *       inverted pronoun ({@code a-t-il ajouté}, {@code dit-elle}), a pronoun ({@code he added}), or a source word
 *       ({@code selon X}, {@code according to X});</li>
 *   <li>before it, in its sentence: {@code X a déclaré : « … »}, {@code X said that "…"}, {@code selon X, « … »},
 *       a participle carrying the last subject on ({@code …, ajoutant que « … »}), a colon after a clause naming a
 *       person ({@code Mme Roux a été claire : « … »}); the intro before a colon is read first;</li>
 *   <li>another quotation of the same sentence that has a speaker;</li>
 *   <li>for a quotation that is a sentence of its own: the sentence before it (an attributed quotation, or a
 *       speech verb with its subject), else the first words of the sentence after it.</li>
 * </ol>
 * A pronoun stands for the last speaker: the speaker of the last attributed quotation, else the last person named
 * before it. A speaker is a person mention of the NAME layer where one stands there; otherwise the words naming it
 * ("le ministère", "the White House") are kept, with no person. A quotation inside a quotation is not attributed.
 *
 * <p>A closing mark with no opening one still closes a quotation, from the start of its paragraph (or the mark
 * before it); an opening mark never closed opens one that runs to the end of its paragraph (or the next mark).
 *
 * <p>Word lists, from {@code rules/<language>/}: {@code speech-verbs}, {@code attribution-words}. An instance holds
 * the state of one draft while it reads it: one instance per draft (the word lists are shared).
 */
public final class QuoteAttributor {
    /** How far, in words, a speech verb may stand from the quotation it introduces. */
    private static final int REACH = 14;
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,60}\\]|\\((?:\\.\\.\\.|…)\\)");
    private static final Pattern INVERTED = Pattern.compile("^(\\p{L}+)-(?:t-)?(il|elle|ils|elles|on|he|she)$");
    /** Words before a name that make it an object or a circumstance, not the subject: "par M. Roux", "On Wednesday". */
    private static final Set<String> OBJECT_BEFORE = Set.of("par", "à", "avec", "de", "d'", "sur", "dans", "en", "après",
            "depuis", "contre", "by", "to", "with", "for", "of", "on", "in", "at", "after", "since", "against", "from");
    private static final Set<String> ARTICLES = Set.of("le", "la", "l'", "les", "the");

    /** The word lists, folded and indexed once per lexicon. */
    private static final class Tables {
        final Set<String> speech = new HashSet<>();
        final Map<String, Phrases> kinds = new HashMap<>();

        Tables(Lexicon lexicon) {
            Tokenizer tokenizer = new Tokenizer(lexicon);
            lexicon.list("speech-verbs").forEach(w -> speech.add(TextFold.fold(w)));
            for (String kind : List.of("source", "pronoun", "gerund", "inverted", "auxiliary", "adverb", "article", "styled", "opinion")) {
                kinds.put(kind, new Phrases());
            }
            lexicon.heads("attribution-words").forEach((form, kind) -> {
                Phrases p = kinds.get(kind);
                if (p != null) {
                    p.add(tokenizer, form);
                }
            });
        }

        Phrases of(String kind) {
            return kinds.get(kind);
        }
    }

    /** Phrases of one or more words, matched on folded tokens; the longest match wins. */
    private static final class Phrases {
        private final Map<String, List<List<String>>> byFirst = new HashMap<>();

        void add(Tokenizer tokenizer, String phrase) {
            List<String> words = new ArrayList<>();
            for (String piece : phrase.split("\\s+")) {
                if (TextFold.isApostrophe(piece.charAt(piece.length() - 1))) {
                    words.add(TextFold.fold(piece)); // an elided word alone ("l'"), a token as the text has it
                    continue;
                }
                for (Token t : tokenizer.tokenize(piece, 0, piece.length())) {
                    words.add(TextFold.fold(t.text()));
                }
            }
            List<List<String>> l = byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            l.add(words);
            l.sort((a, b) -> b.size() - a.size());
        }

        /** The number of tokens of the phrase starting at {@code k}, or 0. */
        int match(String[] f, int k) {
            if (k >= f.length) {
                return 0;
            }
            for (List<String> p : byFirst.getOrDefault(f[k], List.of())) {
                if (k + p.size() <= f.length && p.equals(Arrays.asList(f).subList(k, k + p.size()))) {
                    return p.size();
                }
            }
            return 0;
        }
    }

    /** A stretch of text, tokenized and folded. */
    private record Window(List<Token> tokens, String[] f) {
        int size() {
            return f.length;
        }

        boolean punct(int k) {
            return tokens.get(k).kind() == Token.Kind.PUNCT;
        }

        int start(int k) {
            return tokens.get(k).start();
        }

        int end(int k) {
            return tokens.get(k).end();
        }

        int words() {
            int n = 0;
            for (Token t : tokens) {
                n += t.kind() == Token.Kind.PUNCT ? 0 : 1;
            }
            return n;
        }
    }

    /**
     * A speech verb phrase of a window: tokens {@code from} to {@code to}; whether it carries its own pronoun, is a
     * participle carrying a subject on, or is a form read as a verb only right after a quotation ("note", "lance").
     */
    private record Verb(int from, int to, boolean pronoun, boolean gerund, boolean afterOnly) {
        Verb(int from, int to, boolean pronoun, boolean gerund) {
            this(from, to, pronoun, gerund, false);
        }
    }

    /** A speaker found: the person (or -1), the words naming it, their kind, the attribution words, where. */
    private record Found(int person, Span speaker, String kind, Span verb, String how) {
        Found with(String how) {
            return new Found(person, speaker, kind, verb, how);
        }
    }

    /** A quotation before attribution. */
    private record Raw(Span span, Span open, Span close, int depth) {
    }

    private static final Map<Lexicon, Tables> TABLES = Collections.synchronizedMap(new WeakHashMap<>());

    private final Tables tables;
    private final Tokenizer tokenizer;
    private String text;
    private List<Sentence> sentences;
    private List<PersonMention> mentions;
    private int lastPerson = -1;
    private int lastPersonSentence = -1;

    public QuoteAttributor(Lexicon lexicon) {
        this.tables = TABLES.computeIfAbsent(lexicon, Tables::new);
        this.tokenizer = new Tokenizer(lexicon);
    }

    /**
     * The quotations of a draft with their speakers, in text order.
     *
     * @param mentions the person mentions of the NAME layer
     */
    public List<Quotation> attribute(String text, List<Span> paragraphs, List<Sentence> sentences,
                                     QuoteScanner.Result quotes, List<PersonMention> mentions) {
        this.text = text;
        this.sentences = sentences;
        this.mentions = new ArrayList<>(mentions);
        this.mentions.sort(Comparator.comparingInt(m -> m.span().start()));
        this.lastPerson = -1;
        this.lastPersonSentence = -1;
        List<Raw> raws = quotations(text, paragraphs, quotes);
        List<Quotation> out = new ArrayList<>(raws.size());
        List<Integer> markStarts = new ArrayList<>();
        quotes.marks().forEach(m -> markStarts.add(m.span().start()));
        for (Raw q : raws) {
            int sentence = sentenceAt(q.span().start());
            Found found;
            if (q.depth() > 0) {
                found = new Found(-1, null, "none", null, "nested");
            } else {
                found = find(q, out, markStarts);
            }
            if (found.person() >= 0) {
                lastPerson = found.person();
                lastPersonSentence = sentence;
            }
            String key = key(q.span().text());
            out.add(new Quotation(out.size(), q.span(), q.open(), q.close(), q.depth(), key,
                    key.isEmpty() ? 0 : QuoteText.count(key.split(" ")), sentence, found.person(), found.speaker(),
                    found.kind(), found.verb(), found.how()));
        }
        return out;
    }

    /**
     * The quoted words folded: lower case, no accents, letters and digits only, single spaces; words the writer cut
     * or put in brackets ("[…]", "(...)", "[son mandat]") become one {@link QuoteText#GAP}.
     */
    public static String key(String quoted) {
        String f = TextFold.fold(BRACKETED.matcher(quoted).replaceAll(" " + QuoteText.GAP + " "));
        StringBuilder out = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** Paired quotations, plus those a lone mark opens or closes (their other end is the paragraph's edge). */
    private static List<Raw> quotations(String text, List<Span> paragraphs, QuoteScanner.Result scanned) {
        List<Raw> out = new ArrayList<>();
        for (Quote q : scanned.quotes()) {
            out.add(new Raw(q.span(), q.open(), q.close(), q.depth()));
        }
        List<QuoteMark> marks = scanned.marks();
        for (int i = 0; i < marks.size(); i++) {
            QuoteMark m = marks.get(i);
            if (m.paired()) {
                continue;
            }
            Span para = paragraphOf(paragraphs, m.span().start());
            if (para == null) {
                continue;
            }
            Span words;
            if (m.role() == MarkRole.CLOSE) {
                int from = i > 0 && marks.get(i - 1).span().end() > para.start() ? marks.get(i - 1).span().end() : para.start();
                words = trimmed(text, from, m.span().start());
                if (words != null) {
                    out.add(new Raw(words, null, m.span(), 0));
                }
            } else {
                int to = i + 1 < marks.size() && marks.get(i + 1).span().start() < para.end()
                        ? marks.get(i + 1).span().start() : para.end();
                words = trimmed(text, m.span().end(), to);
                if (words != null) {
                    out.add(new Raw(words, m.span(), null, 0));
                }
            }
        }
        out.sort(Comparator.comparingInt(r -> r.span().start()));
        return out;
    }

    private static Span paragraphOf(List<Span> paragraphs, int at) {
        for (Span p : paragraphs) {
            if (p.start() <= at && at < p.end()) {
                return p;
            }
        }
        return null;
    }

    private static Span trimmed(String text, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from)) && "«“\"'‘(".indexOf(text.charAt(from)) < 0) {
            from++;
        }
        while (to > from && ParagraphSplitter.isBlank(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Span.of(text, from, to) : null;
    }

    private Found find(Raw q, List<Quotation> earlier, List<Integer> markStarts) {
        int quoteStart = q.open() != null ? q.open().start() : q.span().start();
        int quoteEnd = q.close() != null ? q.close().end() : q.span().end();
        int sentence = sentenceAt(quoteStart);
        int before = Math.max(sentences.isEmpty() ? 0 : sentences.get(sentence).span().start(), lastMarkBefore(markStarts, quoteStart));
        Window pre = window(before, quoteStart);
        Window post = window(quoteEnd, Math.min(sentenceEnd(quoteEnd), nextMark(markStarts, quoteEnd)));
        boolean colon = pre.size() > 0 && ":".equals(pre.f()[pre.size() - 1]);
        Found found = colon ? before(pre, sentence) : null;
        if (found == null) {
            found = after(post, sentence);
        }
        if (found == null && !colon) {
            found = before(pre, sentence);
        }
        if (found == null) {
            for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentence() == sentence; i--) {
                Quotation e = earlier.get(i);
                if (e.attributed() && e.speaker() != null) {
                    return new Found(e.person(), e.speaker(), e.speakerKind(), e.verb(), "same-sentence");
                }
            }
        }
        if (found == null && pre.words() == 0 && post.words() == 0) {
            found = repeated(q, earlier);
        }
        if (found == null && pre.words() == 0 && post.words() == 0) {
            found = previousSentence(earlier, sentenceAt(q.span().start()));
            if (found == null) {
                found = nextSentence(sentenceAt(q.span().end() - 1));
            }
        }
        return found != null ? found : new Found(-1, null, "none", null, "none");
    }

    /** The attribution right after the quotation. */
    private Found after(Window w, int sentence) {
        int k = 0;
        while (k < w.size() && w.punct(k) && ",—–-:(".contains(w.f()[k])) {
            k++;
        }
        if (k >= w.size() || w.punct(k)) {
            return null;
        }
        int source = tables.of("source").match(w.f(), k);
        if (source > 0) {
            Found f = speakerAfter(w, k + source, span(w, k, k + source));
            return f == null ? null : f.with("according");
        }
        Verb v = verbAt(w, k);
        if (v != null && !v.gerund()) {
            if (v.pronoun()) {
                return pronoun(span(w, k, k + 1), span(w, v.from(), v.to()), "after", sentence);
            }
            if (v.to() < w.size() && tables.of("pronoun").match(w.f(), v.to()) == 1) {
                return pronoun(span(w, v.to(), v.to() + 1), span(w, v.from(), v.to()), "after", sentence);
            }
            Found f = speakerAfter(w, v.to(), span(w, v.from(), v.to()));
            return f == null ? null : f.with("after");
        }
        return subjectFirst(w, k, sentence);
    }

    /**
     * A speaker, then a speech verb, from token {@code k}: a person mention ("Hollis told reporters", "M. Roux a
     * ajouté"), a pronoun ("she said"), or up to four words that open with an article ("the ministry said").
     */
    private Found subjectFirst(Window w, int k, int sentence) {
        int limit = Math.min(w.size(), k + 3) - 1;
        PersonMention m = firstMention(w.start(k), w.end(Math.min(w.size(), k + 6) - 1));
        if (m != null && m.span().start() <= w.end(limit)) {
            int e = k;
            while (e < w.size() && w.start(e) < m.span().end()) {
                e++;
            }
            Verb v = e < w.size() ? verbAt(w, skipAdverbs(w.f(), e)) : null;
            if (v != null && !v.gerund() && !v.pronoun()) {
                return named(m, span(w, v.from(), v.to()), "after");
            }
        }
        if (tables.of("pronoun").match(w.f(), k) == 1) {
            int e = skipAdverbs(w.f(), k + 1);
            Verb v = e < w.size() ? verbAt(w, e) : null;
            if (v != null && !v.gerund() && !v.pronoun()) {
                return pronoun(span(w, k, k + 1), span(w, v.from(), v.to()), "after", sentence);
            }
        }
        if (tables.of("article").match(w.f(), k) == 1) {
            for (int j = k + 1; j < Math.min(w.size(), k + 5) && !w.punct(j); j++) {
                Verb v = verbAt(w, j);
                if (v != null && !v.gerund() && !v.pronoun()) {
                    return new Found(-1, span(w, k, j), "other", span(w, v.from(), v.to()), "after");
                }
            }
        }
        return null;
    }

    /** The attribution before the quotation, in its sentence. */
    private Found before(Window w, int sentence) {
        int n = w.size();
        for (int k = n - 1; k >= 0; k--) {
            int source = tables.of("source").match(w.f(), k);
            if (source > 0) {
                Found f = speakerAfter(w, k + source, span(w, k, k + source));
                if (f != null) {
                    return f.with("according");
                }
            }
        }
        for (int k = 0; k < n; k++) {
            // "Pour Philippe Daguerre, la région « … »": an opinion word opening a clause, then a person.
            if (tables.of("opinion").match(w.f(), k) > 0 && (k == 0 || w.punct(k - 1))) {
                PersonMention m = firstMention(w.start(k), w.end(Math.min(n, k + 12) - 1));
                if (m != null) {
                    return named(m, span(w, k, k + 1), "according");
                }
            }
        }
        for (int k = n - 1; k >= Math.max(0, n - REACH); k--) {
            Verb v = verbAt(w, k);
            if (v == null || v.afterOnly() || v.to() > n) {
                continue;
            }
            Span verb = span(w, v.from(), v.to());
            if (v.pronoun()) {
                return pronoun(span(w, k, k + 1), verb, "before", sentence);
            }
            PersonMention subject = subjectBefore(w, v.from());
            if (subject != null) {
                return named(subject, verb, "before");
            }
            if (v.gerund()) {
                // "…, a déclaré X, ajoutant que « … »": the participle carries on the speaker of the sentence's
                // quotation; otherwise its subject is a clause's ("a statement, saying that"), not a person's.
                if (lastPersonSentence == sentence && lastPerson >= 0) {
                    return new Found(lastPerson, null, "pronoun", verb, "before");
                }
                continue; // the verb that the participle carries on, if there is one, names the speaker
            }
            int p = v.from() - 1;
            while (p >= 0 && tables.of("adverb").match(w.f(), p) == 1) {
                p--;
            }
            if (p >= 0 && tables.of("auxiliary").match(w.f(), p) == 1) {
                p--;
            }
            if (p >= 0 && tables.of("pronoun").match(w.f(), p) == 1) {
                return pronoun(span(w, p, p + 1), verb, "before", sentence);
            }
            // The speaker after the verb only when a person is named there ("a déclaré M. Roux : « … »"): other
            // words after a verb that introduces a quotation are its object ("a dénoncé un « … »").
            Found f = speakerAfter(w, v.to(), verb);
            if (f != null && f.person() >= 0) {
                return f.with("before");
            }
            return subject(w, 0, v.from(), verb, sentence, "before");
        }
        if (n > 1 && ":".equals(w.f()[n - 1])) {
            PersonMention m = firstMention(w.start(0), w.end(n - 1));
            if (m != null) {
                return named(m, null, "colon");
            }
            if (tables.of("pronoun").match(w.f(), 0) == 1) {
                return pronoun(span(w, 0, 1), null, "colon", sentence); // "Il a lu un texte :", "He put it this way:"
            }
        }
        return null;
    }

    /**
     * A quotation standing alone that repeats an attributed one word for word (a pull quote): the speaker of the
     * first. This comes before the neighbouring sentences, which may quote someone else.
     */
    private Found repeated(Raw q, List<Quotation> earlier) {
        String key = key(q.span().text());
        for (Quotation e : earlier) {
            if (e.attributed() && e.speaker() != null && e.words() >= QuoteText.MIN_WORDS && e.key().equals(key)) {
                return new Found(e.person(), e.speaker(), e.speakerKind(), e.verb(), "repeated");
            }
        }
        return null;
    }

    /** A quotation standing alone: the speaker of the sentence before it, if that sentence names one. */
    private Found previousSentence(List<Quotation> earlier, int sentence) {
        if (sentence == 0) {
            return null;
        }
        Sentence prev = sentences.get(sentence - 1);
        if (sentences.get(sentence).paragraph() - prev.paragraph() > 1) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quotation e = earlier.get(i);
            if (e.span().end() <= prev.span().start()) {
                break;
            }
            if (e.attributed() && e.speaker() != null && e.span().end() <= prev.span().end()) {
                return new Found(e.person(), e.speaker(), e.speakerKind(), e.verb(), "previous-sentence");
            }
        }
        Window w = window(prev.span().start(), prev.span().end());
        for (int k = 0; k < w.size(); k++) {
            Verb v = verbAt(w, k);
            if (v != null && !v.gerund() && !v.pronoun() && !v.afterOnly()) {
                PersonMention subject = subjectBefore(w, v.from());
                if (subject != null) {
                    return named(subject, span(w, v.from(), v.to()), "previous-sentence");
                }
            }
        }
        // No speech verb, but a person as the subject ("Marc Delorme a pris la parole."), or a pronoun opening a
        // sentence that ends with a colon ("He described the morning like this:"): the quotation is theirs.
        PersonMention subject = sentenceSubject(w);
        if (subject != null) {
            return named(subject, null, "previous-sentence");
        }
        if (w.size() > 1 && ":".equals(w.f()[w.size() - 1]) && tables.of("pronoun").match(w.f(), 0) == 1) {
            return pronoun(span(w, 0, 1), null, "previous-sentence", sentence - 1);
        }
        return null;
    }

    /** A quotation standing alone: the speaker named in the first words of the sentence after it. */
    private Found nextSentence(int sentence) {
        if (sentence + 1 >= sentences.size() || sentences.get(sentence + 1).paragraph() != sentences.get(sentence).paragraph()) {
            return null;
        }
        Sentence next = sentences.get(sentence + 1);
        Window w = window(next.span().start(), next.span().end());
        for (int k = 0; k < Math.min(w.size(), 6); k++) {
            Verb v = verbAt(w, k);
            if (v != null && !v.gerund() && !v.pronoun()) {
                Span verb = span(w, v.from(), v.to());
                PersonMention m = subjectBefore(w, v.from());
                if (m == null) {
                    m = firstMention(w.end(v.to() - 1), w.end(Math.min(w.size(), v.to() + 8) - 1));
                }
                return m == null ? null : named(m, verb, "next-sentence");
            }
        }
        return null;
    }

    /** A speech verb phrase starting at token {@code k}: auxiliary, adverbs, participle; an inverted form; a verb. */
    private Verb verbAt(Window w, int k) {
        String[] f = w.f();
        if (k >= f.length) {
            return null;
        }
        Matcher inv = INVERTED.matcher(f[k]);
        if (inv.matches()) {
            String stem = inv.group(1);
            if (isAuxiliary(stem)) {
                // "a-t-il ajouté", and any participle: after a quotation, "a-t-il calculé" attributes it as well.
                int j = skipAdverbs(f, k + 1);
                return j < f.length && w.tokens().get(j).isWord() ? new Verb(k, j + 1, true, false) : null;
            }
            return tables.speech.contains(stem) || tables.of("inverted").match(new String[] {stem}, 0) == 1
                    ? new Verb(k, k + 1, true, false) : null;
        }
        if (tables.of("auxiliary").match(f, k) == 1) {
            int j = skipAdverbs(f, k + 1);
            return j < f.length && tables.speech.contains(f[j]) ? new Verb(k, j + 1, false, false) : null;
        }
        if (tables.speech.contains(f[k])) {
            return new Verb(k, k + 1, false, false);
        }
        int inverted = tables.of("inverted").match(f, k);
        if (inverted > 0) {
            return new Verb(k, k + inverted, false, false, true);
        }
        int gerund = tables.of("gerund").match(f, k);
        return gerund > 0 ? new Verb(k, k + gerund, false, true) : null;
    }

    private boolean isAuxiliary(String word) {
        return tables.of("auxiliary").match(new String[] {word}, 0) == 1;
    }

    private int skipAdverbs(String[] f, int j) {
        int m;
        while ((m = tables.of("adverb").match(f, j)) > 0) {
            j += m;
        }
        return j;
    }

    /** The speaker named after the attribution words that end at token {@code from}: a person, else the words. */
    private Found speakerAfter(Window w, int from, Span verb) {
        if (from >= w.size()) {
            return null;
        }
        int to = from;
        while (to < w.size() && to < from + 10 && !(w.punct(to) && ";:!?".contains(w.f()[to]))) {
            to++;
        }
        PersonMention m = firstMention(w.start(from), w.end(to - 1));
        if (m != null) {
            return named(m, verb, "after");
        }
        if (!opensNounPhrase(w, from)) {
            return null; // "a affirmé vouloir …": no speaker named after the verb
        }
        int end = from;
        while (end < w.size() && end < from + 6 && !w.punct(end)) {
            end++;
        }
        return new Found(-1, span(w, from, end), "other", verb, "after");
    }

    /** The subject standing in tokens {@code from} to {@code to} of a window, before a speech verb. */
    private Found subject(Window w, int from, int to, Span verb, int sentence, String how) {
        if (to <= from) {
            return null;
        }
        PersonMention m = lastMention(w.start(from), w.end(to - 1));
        if (m != null) {
            return named(m, verb, how);
        }
        int p = to - 1;
        while (p > from && tables.of("adverb").match(w.f(), p) == 1) {
            p--;
        }
        if (tables.of("pronoun").match(w.f(), p) == 1) {
            return pronoun(span(w, p, p + 1), verb, how, sentence);
        }
        // Words from the clause's start to the verb, six at most, opening with an article or a capital ("Le
        // ministère", "the White House"): a speaker that is not a person.
        int s = to;
        while (s > from && !w.punct(s - 1) && to - s < 6) {
            s--;
        }
        boolean clause = s == from || w.punct(s - 1);
        return s < to && clause && opensNounPhrase(w, s) ? new Found(-1, span(w, s, to), "other", verb, how) : null;
    }

    /** The person a whole sentence is about: its first mention that is no object, in its first eight words. */
    private PersonMention sentenceSubject(Window w) {
        return w.size() > 1 ? subjectBefore(w, Math.min(w.size() - 1, 8)) : null;
    }

    private boolean opensNounPhrase(Window w, int k) {
        return !w.punct(k) && (tables.of("article").match(w.f(), k) > 0 || w.tokens().get(k).capitalized());
    }

    /**
     * The subject of the speech verb at token {@code verb}: the first person mention before it that is not an object
     * ("par M. Roux", "to Smith"). The first, not the nearest: a subject's apposition may name a place that reads as
     * a name ("Dr Erel Avineri, of the University of the West of England in Bristol, said").
     */
    private PersonMention subjectBefore(Window w, int verb) {
        if (verb == 0) {
            return null;
        }
        for (PersonMention m : mentionsIn(w.start(0), w.start(verb))) {
            int k = tokenBefore(w, m.span().start());
            if (k < 0 || !OBJECT_BEFORE.contains(w.f()[k])) {
                return m;
            }
        }
        return null;
    }

    /** The token before {@code offset}, past an honorific's period and an article ("par M. Roux", "by the"). */
    private static int tokenBefore(Window w, int offset) {
        int k = -1;
        for (int i = 0; i < w.size() && w.end(i) <= offset; i++) {
            k = i;
        }
        if (k > 0 && ".".equals(w.f()[k]) && w.tokens().get(k - 1).capitalized() && w.f()[k - 1].length() <= 4) {
            k -= 2;
        }
        while (k >= 0 && ARTICLES.contains(w.f()[k])) {
            k--;
        }
        return k;
    }

    private Found named(PersonMention m, Span verb, String how) {
        String kind = m.kind() == MentionKind.ROLE ? "role" : m.kind() == MentionKind.HONORIFIC && styled(m) ? "title" : "name";
        return new Found(m.person(), m.span(), kind, verb, how);
    }

    /** Whether the honorific before a mention is a title that names in full by itself: "Lord Holme", "Mgr Aupetit". */
    private boolean styled(PersonMention m) {
        int e = m.span().start();
        while (e > 0 && (ParagraphSplitter.isBlank(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b < e && tables.of("styled").match(new String[] {TextFold.fold(text.substring(b, e))}, 0) == 1;
    }

    /**
     * The person a pronoun stands for: the subject of the sentence before, when it comes after the last quotation,
     * else the last speaker, else the last person named shortly before.
     */
    private Found pronoun(Span pronoun, Span verb, String how, int sentence) {
        int person = lastPerson >= 0 && sentence - lastPersonSentence <= 3 ? lastPerson : -1;
        if (sentence > 0 && sentence - 1 > lastPersonSentence) {
            // A sentence between the last quotation and this one whose subject is a person: the pronoun is theirs.
            Sentence prev = sentences.get(sentence - 1);
            Window w = window(prev.span().start(), prev.span().end());
            PersonMention subject = sentenceSubject(w);
            if (subject != null) {
                person = subject.person();
            }
        }
        if (person < 0 && !sentences.isEmpty()) {
            int from = sentences.get(Math.max(0, sentence - 2)).span().start();
            PersonMention m = lastMention(from, pronoun != null ? pronoun.start() : verb.start());
            person = m == null ? -1 : m.person();
        }
        return new Found(person, pronoun, "pronoun", verb, how);
    }

    private PersonMention firstMention(int from, int to) {
        List<PersonMention> in = mentionsIn(from, to);
        return in.isEmpty() ? null : in.get(0);
    }

    private PersonMention lastMention(int from, int to) {
        List<PersonMention> in = mentionsIn(from, to);
        return in.isEmpty() ? null : in.get(in.size() - 1);
    }

    /** The mentions lying wholly between {@code from} and {@code to}, in text order. */
    private List<PersonMention> mentionsIn(int from, int to) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).span().start() < to; i++) {
            if (mentions.get(i).span().end() <= to) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    private Window window(int from, int to) {
        List<Token> tokens = from < to ? tokenizer.tokenize(text, from, to) : List.of();
        String[] f = new String[tokens.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = TextFold.fold(tokens.get(i).text());
        }
        return new Window(tokens, f);
    }

    private Span span(Window w, int from, int to) {
        return Span.of(text, w.start(from), w.end(to - 1));
    }

    /** The index of the sentence holding {@code offset}, or of the first after it. */
    private int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(lo, 0);
    }

    private int sentenceEnd(int offset) {
        if (sentences.isEmpty()) {
            return text.length();
        }
        Sentence s = sentences.get(sentenceAt(Math.max(0, offset - 1)));
        return Math.max(offset, s.span().end());
    }

    /** Just after the last mark before {@code offset}, or 0. */
    private static int lastMarkBefore(List<Integer> markStarts, int offset) {
        int i = Collections.binarySearch(markStarts, offset);
        int before = (i >= 0 ? i : -i - 1) - 1;
        return before >= 0 ? markStarts.get(before) + 1 : 0;
    }

    /** The first mark at or after {@code offset}, or {@link Integer#MAX_VALUE}. */
    private static int nextMark(List<Integer> markStarts, int offset) {
        int i = Collections.binarySearch(markStarts, offset);
        int at = i >= 0 ? i : -i - 1;
        return at < markStarts.size() ? markStarts.get(at) : Integer.MAX_VALUE;
    }
}
