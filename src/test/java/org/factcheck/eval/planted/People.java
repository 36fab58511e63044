package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons of an article, found by simple text heuristics of the generator's own: a given name and a surname, both
 * capitalized ("Marine Le Pen", "Gordon Brown"), where the given name is a known one, or an honorific stands before
 * the surname somewhere ("Mr Brown", "M. Hollande"), or a speech verb stands beside the name.
 */
final class People {
    private static final String PARTICLES = "de|du|des|van|von|der|den|da|di|dos|del|Le|La|al|el|bin|ben|ibn";
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}\\d'’.-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) "
            + "((?:(?:" + PARTICLES + ") )?\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu})?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\d'’-]| \\p{Lu})");

    /** A person: given name, surname (with its particle), and where the draft first writes the full name. */
    record Person(String given, String surname, int first) {
        String full() {
            return given + " " + surname;
        }

        /** The surname without its particle: the word a bare mention repeats ("Pen" is too short to be one). */
        String lastWord() {
            return surname.substring(surname.lastIndexOf(' ') + 1);
        }
    }

    /** One mention of a person: the whole full name, or the surname alone. */
    record Mention(Person person, Span span, boolean full) {
    }

    private static final Map<String, List<Person>> CACHE = new ConcurrentHashMap<>();

    private People() {
    }

    /** The article's persons, in order of first full mention; two with one surname are both left out. */
    static List<Person> of(Article article) {
        return CACHE.computeIfAbsent(article.language() + "\n" + article.text(), k -> find(article));
    }

    private static List<Person> find(Article article) {
        Words w = Words.get();
        String text = article.text();
        int body = Texts.bodyStart(text);
        Map<String, Person> bySurname = new LinkedHashMap<>();
        List<String> shared = new ArrayList<>();
        Matcher m = FULL.matcher(text);
        int from = body;
        while (m.find(from)) {
            from = m.start() + 1;
            String given = m.group(1);
            String surname = m.group(2);
            String last = surname.substring(surname.lastIndexOf(' ') + 1);
            if (w.list("not-given").contains(given) || w.list("not-surname").contains(last)
                    || w.list("not-surname").contains(given) || !person(text, given, surname, article.language())) {
                continue;
            }
            Person known = bySurname.get(surname);
            if (known == null) {
                bySurname.put(surname, new Person(given, surname, m.start()));
            } else if (!known.given().equals(given)) {
                shared.add(surname);
            }
        }
        shared.forEach(bySurname::remove);
        return List.copyOf(bySurname.values());
    }

    private static boolean person(String text, String given, String surname, String language) {
        Words w = Words.get();
        if (w.given(given)) {
            return true;
        }
        String name = Pattern.quote(surname);
        if (Pattern.compile("(?:^|[\\s(])(?:" + w.alternation("honorifics") + ") " + name + "(?![\\p{L}-])").matcher(text).find()) {
            return true;
        }
        String speech = w.alternation("speech." + language);
        String full = Pattern.quote(given + " " + surname);
        boolean speaks = Pattern.compile(full + ",? (?:" + speech + ")\\b").matcher(text).find()
                || Pattern.compile("\\b(?:" + speech + "),? " + full + "\\b").matcher(text).find();
        boolean alone = Pattern.compile("(?<!" + Pattern.quote(given) + " )(?<![\\p{L}-])" + name + "(?![\\p{L}-])").matcher(text).find();
        return speaks && alone;
    }

    /** Every mention of the person from its first full mention on: full names, and the surname written alone. */
    static List<Mention> mentions(String text, Person p) {
        List<Mention> out = new ArrayList<>();
        for (int at : Texts.wordOffsets(text, p.surname())) {
            int given = at - p.given().length() - 1;
            boolean full = given >= 0 && text.startsWith(p.full(), given);
            Span span = full ? new Span(given, at + p.surname().length()) : new Span(at, at + p.surname().length());
            if (span.start() >= p.first()) {
                out.add(new Mention(p, span, full));
            }
        }
        return out;
    }

    /** The word before {@code offset} on its line (letters, dots, apostrophes), or "" at a line start or after punctuation. */
    static String tokenBefore(String text, int offset) {
        int e = offset;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || ".'’-".indexOf(text.charAt(s - 1)) >= 0)) {
            s--;
        }
        return text.substring(s, e);
    }
}
