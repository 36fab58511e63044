package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * TITLE errors: the role phrase of one introduced person given to another at a later mention, written the way the
 * article wrote it ("la ministre des Sports Claire Vidal … la ministre des Sports Anne Roche"; "Dana Holt, chief
 * executive of the port authority … Sam Reyes, chief executive of the port authority,").
 */
final class TitlePlanter implements Planter {
    private static final List<String> ARTICLES = List.of("le", "la", "les", "l'", "l’", "the", "a", "an", "un", "une");

    private record Candidate(Roles.Role role, People.Mention mention) {
    }

    @Override
    public String category() {
        return "TITLE";
    }

    @Override
    public String kind() {
        return "title-role";
    }

    @Override
    public Optional<Plant> plant(Article article, Random random) {
        List<People.Person> persons = People.of(article);
        List<Roles.Role> roles = Roles.of(article, persons);
        List<Candidate> candidates = new ArrayList<>();
        for (Roles.Role role : roles) {
            for (People.Person other : persons) {
                if (distinct(role.person(), other) && !holds(roles, other, role.noun(article.language()), article)) {
                    for (People.Mention m : People.mentions(article.text(), other)) {
                        if (!overlaps(m.span(), role.span()) && usable(article, m, role.before())) {
                            candidates.add(new Candidate(role, m));
                        }
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = candidates.get(random.nextInt(candidates.size()));
        return Optional.ofNullable(c.role().before() ? before(article, c) : after(article, c));
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() + 2 && b.start() < a.end() + 2;
    }

    private static boolean distinct(People.Person a, People.Person b) {
        return !a.equals(b) && !a.full().contains(b.lastWord()) && !b.full().contains(a.lastWord());
    }

    /** Whether the person already has a role with that noun (two presidents of two bodies are no error). */
    private static boolean holds(List<Roles.Role> roles, People.Person p, String noun, Article article) {
        return roles.stream().anyMatch(r -> r.person().equals(p) && r.noun(article.language()).equals(noun));
    }

    /** A mention that takes a role: no honorific, article or role word before it, no elision, no possessive after it. */
    private static boolean usable(Article article, People.Mention m, boolean before) {
        String text = article.text();
        String token = People.tokenBefore(text, m.span().start());
        String lower = token.toLowerCase();
        Words w = Words.get();
        if (w.list("honorifics").contains(token) || ARTICLES.contains(lower) || lower.endsWith("'") || lower.endsWith("’")
                || w.list("roles." + article.language()).contains(lower) || w.list("roles.en").contains(token)
                || !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !Texts.sentenceStart(text, m.span().start())) {
            return false;
        }
        int end = m.span().end();
        char next = end < text.length() ? text.charAt(end) : '\n';
        return before ? true : next == ',' || next == '.' || next == ' ' && !text.startsWith(" (", end);
    }

    private Plant before(Article article, Candidate c) {
        String text = article.text();
        int at = c.mention().span().start();
        String phrase = c.role().phrase();
        int start = at;
        String token = People.tokenBefore(text, at);
        if (article.french() && phrase.startsWith("le ") && (token.equals("de") || token.equals("à"))) {
            start = at - token.length() - 1;
            phrase = (token.equals("de") ? "du " : "au ") + phrase.substring(3);
        } else if (Texts.sentenceStart(text, at)) {
            phrase = Texts.capitalize(phrase);
        }
        String insert = phrase + " ";
        int nameEnd = start + insert.length() + (c.mention().span().end() - at);
        return Plant.ofNewText(text, category(), kind(), start, at, insert, new Span(start, nameEnd), note(c));
    }

    private Plant after(Article article, Candidate c) {
        String text = article.text();
        int end = c.mention().span().end();
        String insert = ", " + c.role().phrase() + (text.charAt(end) == ' ' ? "," : "");
        return Plant.ofNewText(text, category(), kind(), end, end, insert,
                new Span(c.mention().span().start(), end + insert.length()), note(c));
    }

    private static String note(Candidate c) {
        People.Person holder = c.role().person();
        People.Person other = c.mention().person();
        return String.format("« %s » is %s's role in the text; here it is given to %s, another person of the text.",
                c.role().phrase(), holder.full(), other.full());
    }
}
