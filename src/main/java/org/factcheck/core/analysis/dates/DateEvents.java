package org.factcheck.core.analysis.dates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factcheck.core.facts.DateEvent;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.DateMention;
import org.factcheck.core.facts.Span;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;
import org.factcheck.core.text.Pos;
import org.factcheck.core.text.Token;
import org.factcheck.core.text.Patterns;
import org.factcheck.core.text.TextFold;

/**
 * What stands right before a date: the event it dates, by name ("le sommet du G20 (15 novembre)", "the Web Summit on
 * Nov. 11") or by a noun phrase ("le prochain forum de Séoul, prévu le 3 juillet", "the vote on March 3"), or the
 * mention it is written beside ("il y a deux jours, le 3 novembre", "hier (3 novembre)"). Word lists:
 * {@code event-articles}, {@code event-name-links}, {@code event-date-links}, {@code event-participles} ("prévu",
 * "scheduled for"), {@code event-distinct-words} ("autre", "second"), {@code event-not-heads} (nouns that date no
 * event: "la semaine", "le ministre"), {@code role-nouns}, {@code date-links}.
 */
final class DateEvents {
    private final DatePatterns p;
    private final Pattern articleBefore;
    private final Pattern eventBefore;
    private final Pattern beside;
    private final List<String> articles = new ArrayList<>();
    private final Pattern phraseLink;
    private final Set<String> notHeads = new HashSet<>();
    private final Set<String> distinctWords;

    DateEvents(Lexicon lexicon, DatePatterns patterns) {
        this.p = patterns;
        lexicon.list("event-articles").forEach(a -> articles.add(TextFold.foldInPlace(a)));
        articleBefore = Pattern.compile("(?:^|[\\s(])(?:" + Patterns.alternation(lexicon.list("event-articles")) + ")\\s*$",
                Pattern.CASE_INSENSITIVE);
        String word = "\\p{Lu}[\\p{L}\\d'’-]*";
        eventBefore = Pattern.compile("(" + word + "(?:\\s+(?:(?:" + Patterns.alternation(lexicon.list("event-name-links"))
                + ")\\s+)?" + word + ")*)\\s*(?:\\(\\s*|,?\\s+(?:" + Patterns.alternation(lexicon.list("event-date-links"))
                + ")\\s+)$");
        String link = Patterns.alternation(lexicon.list("date-links"));
        String eventLink = Patterns.alternation(lexicon.list("event-date-links"));
        phraseLink = Pattern.compile("(?:,\\s*(?:" + Patterns.alternation(lexicon.list("event-participles"))
                + ")\\s+(?:(?:" + eventLink + ")\\s+)?|\\s*\\(\\s*|,?\\s+(?:" + eventLink + ")\\s+|\\s*,\\s*(?:(?:"
                + eventLink + ")\\s+)?)$", Pattern.CASE_INSENSITIVE);
        notHeads.addAll(lexicon.folded("event-not-heads"));
        distinctWords = lexicon.folded("event-distinct-words");
        notHeads.addAll(lexicon.folded("role-nouns"));
        notHeads.addAll(p.weekdays.keySet());
        notHeads.addAll(p.months.keySet());
        beside = Pattern.compile("\\s*,\\s*(?:(?:" + link + ")\\s+)?|\\s*\\(\\s*|\\s+(?:" + link + ")\\s+|\\s*[-–—]\\s*");
    }

    /**
     * Named events written with their date: a capitalized name after an article, right before a date in parentheses
     * or after a link word. Weekday and month names are no events. "à Paris le 3 mai" names a place, "Paul Berger
     * le 3 mai" a person: no article before them.
     */
    List<DateEvent> events(AnnotatedText annotated, List<DateMention> dates) {
        String text = annotated.text();
        String folded = annotated.folded();
        List<DateEvent> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (d.kind() != DateKind.DATE || d.date() == null) {
                continue;
            }
            int from = Math.max(0, d.span().start() - 80);
            Matcher m = eventBefore.matcher(text.substring(from, d.span().start()));
            if (m.find() && articleBefore.matcher(text.substring(from, from + m.start(1))).find()) {
                String key = folded.substring(from + m.start(1), from + m.end(1)).replaceAll("\\s+", " ");
                if (key.length() >= 3 && !p.weekdays.containsKey(key) && !p.months.containsKey(key) && !startsWithArticle(key)) {
                    out.add(new DateEvent(d.id(), key, Span.of(text, from + m.start(1), from + m.end(1))));
                    continue;
                }
            }
            DateEvent phrase = phraseBefore(annotated, d, from);
            if (phrase != null) {
                out.add(phrase);
            }
        }
        return out;
    }

    /**
     * The noun phrase that a date follows ("le prochain forum de Séoul sur la sécurité maritime, prévu le 3
     * juillet", "lors du forum de Séoul, le 8 juillet"), as an event keyed by its head noun and the head's first
     * complement ("forum de seoul"); null when none. The phrase runs back from the link over determiners, adjectives,
     * nouns, names and prepositions; its head is the first common noun after a determiner or preposition. Only a
     * definite article (event-articles) makes it one event ("une réunion, le 3 mai" is one among others), and no word
     * that sets it apart from others of its kind ("la deuxième réunion": event-distinct-words).
     */
    private DateEvent phraseBefore(AnnotatedText annotated, DateMention d, int from) {
        Matcher link = phraseLink.matcher(annotated.text().substring(from, d.span().start()));
        if (!link.find()) {
            return null;
        }
        int end = from + link.start();
        AnnotatedText.TextSentence sentence = annotated.sentences().get(d.sentence());
        List<Token> tokens = sentence.tokens();
        int last = sentence.lastTokenBefore(end);
        if (last < 0 || tokens.get(last).end() != end || !inPhrase(tokens.get(last))
                || tokens.get(last).pos() == Pos.DET || tokens.get(last).pos() == Pos.ADP) {
            return null;
        }
        int first = last;
        while (first > 0 && inPhrase(tokens.get(first - 1))) {
            first--;
        }
        for (int k = first; k < last; k++) {
            Pos pk = tokens.get(k).pos();
            if (pk != Pos.DET && pk != Pos.ADP) {
                continue;
            }
            int h = k + 1;
            while (h <= last && tokens.get(h).pos() == Pos.ADJ) {
                h++;
            }
            Token head = h <= last ? tokens.get(h) : null;
            if (head == null || head.pos() != Pos.NOUN || head.shape() != Token.Shape.LOWER) {
                continue;
            }
            if (notHeads.contains(head.folded()) || !articles.contains(tokens.get(k).folded())
                    || distinct(tokens, k, h)) {
                return null;
            }
            StringBuilder key = new StringBuilder(head.folded());
            int c = h + 1;
            while (c <= last && tokens.get(c).pos() == Pos.ADJ) {
                c++;
            }
            if (c <= last && tokens.get(c).pos() == Pos.ADP) {
                key.append(' ').append(tokens.get(c).folded());
                for (c++; c <= last && tokens.get(c).pos() != Pos.ADP; c++) {
                    if (tokens.get(c).pos() != Pos.DET) {
                        key.append(' ').append(tokens.get(c).folded());
                    }
                }
            }
            return new DateEvent(d.id(), key.toString(), Span.of(annotated.text(), tokens.get(k).start(),
                    tokens.get(last).end()));
        }
        return null;
    }

    /** Whether a word between the article and the head sets this event apart from others of its kind ("une autre"). */
    private boolean distinct(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (distinctWords.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A token a noun phrase is made of: a determiner, adjective, noun, name or preposition. */
    private static boolean inPhrase(Token t) {
        return t.pos() == Pos.DET || t.pos() == Pos.ADJ || t.pos() == Pos.NOUN || t.pos() == Pos.PROPN
                || t.pos() == Pos.ADP;
    }

    private boolean startsWithArticle(String key) {
        for (String a : articles) {
            if (key.startsWith(a + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code next} is written right beside {@code previous}, in one sentence, for one moment: after a comma,
     * a link word, an opening bracket or a dash.
     */
    boolean beside(String text, DateMention previous, DateMention next) {
        return previous.sentence() == next.sentence() && next.span().start() >= previous.span().end()
                && beside.matcher(text.substring(previous.span().end(), next.span().start())).matches();
    }
}
