package org.factcheck.eval.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role phrases given to persons, by the generator's own heuristics: before the name ("la ministre des Sports Claire
 * Vidal", "Transport Secretary Alan Pryor") or in apposition after it ("Marc Olier, président du conseil
 * départemental,", "Dana Holt, chief executive of the port authority."). Past roles (ancien, former) and
 * one-of-many phrases (a spokesman) are left out.
 */
final class Roles {
    /** A role of a person: the phrase as written (article included), whether it stands before the name, and where. */
    record Role(People.Person person, String phrase, boolean before, Span span) {
        /** The role noun the phrase is about ("ministre", "chief executive"). */
        String noun(String language) {
            Matcher m = pattern("noun." + language, () -> "(?:" + Words.get().alternation("roles." + language) + ")").matcher(phrase);
            return m.find() ? m.group().toLowerCase() : phrase;
        }
    }

    /** Words that end a role phrase: a clause or another phrase begins. */
    private static final List<String> BREAKS = List.of("qui", "que", "avec", "et", "ou", "a", "est", "sont", "s", "n", "se",
            "sur", "pour", "par", "dans", "en", "contre", "lors", "après", "avant", "sans", "who", "which", "that", "and",
            "or", "with", "has", "is", "was", "said");
    private static final String TOKEN = "(?:[\\p{Ll}'’-]+|\\p{Lu}[\\p{L}'’-]*)";

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Roles() {
    }

    /** A pattern of the word lists, compiled once. */
    private static Pattern pattern(String key, Supplier<String> regex) {
        return PATTERNS.computeIfAbsent(key, k -> Pattern.compile(regex.get()));
    }

    static List<Role> of(Article article, List<People.Person> persons) {
        List<Role> out = new ArrayList<>();
        String text = article.text();
        for (People.Person p : persons) {
            for (People.Mention m : People.mentions(text, p)) {
                if (m.full()) {
                    Role r = before(article, p, m.span().start());
                    if (r == null) {
                        r = after(article, p, m.span().end());
                    }
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** The role phrase ending just before a name: the one starting nearest to the name. */
    private static Role before(Article article, People.Person p, int nameStart) {
        String text = article.text();
        int from = Math.max(Texts.bodyStart(text), nameStart - 90);
        String roles = Words.get().alternation("roles." + article.language());
        Pattern pattern = pattern("before." + article.language(), () -> article.french()
                ? "(?<![\\p{L}])(?:[Ll]e |[Ll]a |[Ll]['’])(?:" + roles + ")(?: " + TOKEN + "){0,6}? $"
                : "(?<![\\p{L}.])(?:(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*) ){0,3}(?:" + roles + ") $");
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        Span best = null;
        for (int s = nameStart - 2; s >= from; s--) {
            if (m.region(s, nameStart).lookingAt()) {
                best = new Span(s, nameStart - 1);
                if (article.french()) {
                    break;
                }
            }
        }
        if (best == null) {
            return null;
        }
        String phrase = trimLeadingFunctionWords(best.of(text), article.french());
        Span span = new Span(best.end() - phrase.length(), best.end());
        return acceptable(article, phrase, true) ? new Role(p, phrase, true, span) : null;
    }

    /** The role phrase in apposition just after a name, up to the next comma or period. */
    private static Role after(Article article, People.Person p, int nameEnd) {
        String text = article.text();
        String roles = Words.get().alternation("roles." + article.language());
        Pattern pattern = pattern("after." + article.language(), () -> ", ((?:(?:the|le|la) |l['’])?(?:[\\p{Ll}-]+ ){0,2}?(?:"
                + roles + ")(?![\\p{L}])[^,.;:()«»\"“”\\n]{0,60}?)(?=[,.])");
        Matcher m = pattern.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + 110));
        if (!m.lookingAt()) {
            return null;
        }
        String phrase = m.group(1);
        return acceptable(article, phrase, false) ? new Role(p, phrase, false, new Span(m.start(1), m.end(1))) : null;
    }

    private static String trimLeadingFunctionWords(String phrase, boolean french) {
        String out = phrase;
        if (!french) {
            while (out.contains(" ") && Words.get().list("function.en").contains(out.substring(0, out.indexOf(' ')))) {
                out = out.substring(out.indexOf(' ') + 1);
            }
        }
        return out;
    }

    /**
     * A phrase names a role of one holder when no word makes it past or one of many, it is short, and it says whose
     * role it is: a complement or modifier beside the noun, or a noun that stands alone (président, Prime Minister).
     */
    private static boolean acceptable(Article article, String phrase, boolean before) {
        List<String> tokens = List.of(phrase.split("[ '’]+"));
        for (String t : tokens) {
            if (Words.get().list("former").contains(t) || t.startsWith("ex-") || t.matches(".*\\d.*")
                    || List.of("a", "an", "un", "une", "one", "another", "autre", "des", "les", "two", "deux").contains(t)
                    && tokens.indexOf(t) == 0) {
                return false;
            }
        }
        if (tokens.size() > 10 || tokens.stream().anyMatch(BREAKS::contains)) {
            return false;
        }
        String bare = phrase.replaceFirst("^(?:[Ll]e |[Ll]a |[Ll]['’]|the )", "");
        boolean alone = List.of("président", "présidente", "premier ministre", "Premier ministre", "chancelier",
                "chancelière", "PDG", "Prime Minister", "President", "Chancellor").contains(bare);
        boolean qualified = bare.contains(" ");
        return alone || qualified;
    }
}
