package org.factcheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The languages of the LanguageTool API: the rules' languages, each under its own code and the regional codes
 * LanguageTool gives it ({@code fr-FR}, {@code fr-CA}; {@code en-US}, {@code en-GB}…), which all check in that one
 * language: the rules have no regional variants. Names are in English, as LanguageTool gives them.
 */
final class LtLanguages {
    /** The regions of each language, its main one first. */
    private static final Map<String, List<String>> REGIONS = Map.of(
            "fr", List.of("FR", "BE", "CA", "CH"),
            "en", List.of("US", "GB", "AU", "CA", "NZ", "ZA"));

    /** One entry of {@code GET /v2/languages}. */
    record LanguageView(String name, String code, String longCode) {
    }

    private LtLanguages() {
    }

    /** Every code of the languages {@code ours}, as {@code GET /v2/languages} lists them. */
    static List<LanguageView> list(Set<String> ours) {
        List<LanguageView> all = new ArrayList<>();
        for (String code : new TreeSet<>(ours)) {
            List<String> regions = REGIONS.getOrDefault(code, List.of());
            if (regions.isEmpty()) {
                all.add(new LanguageView(name(code), code, code));
            }
            for (int i = 0; i < regions.size(); i++) {
                String longCode = code + "-" + regions.get(i);
                all.add(new LanguageView(i == 0 ? name(code) : name(longCode), code, longCode));
            }
        }
        return all;
    }

    /**
     * Our language for the code a client asks for ({@code fr}, {@code fr-CA}, any case), or null for {@code auto}
     * (the checker detects it).
     *
     * @throws ApiException 400 for a code that is none of {@link #list}'s, or none at all
     */
    static String code(String asked, Set<String> ours) {
        String a = Bodies.blankToNull(asked);
        if (a == null) {
            throw ApiException.badRequest("Missing 'language' parameter, e.g. 'language=en-US' for American English"
                    + " or 'language=fr' for French");
        }
        if (a.equalsIgnoreCase("auto")) {
            return null;
        }
        for (LanguageView l : list(ours)) {
            if (a.equalsIgnoreCase(l.code()) || a.equalsIgnoreCase(l.longCode())) {
                return l.code();
            }
        }
        Set<String> codes = new TreeSet<>();
        list(ours).forEach(l -> {
            codes.add(l.code());
            codes.add(l.longCode());
        });
        throw ApiException.badRequest("'" + a + "' is not a language code known to factcheck. Supported language"
                + " codes are: auto, " + String.join(", ", codes) + ".");
    }

    /** A language's English name: "French", "French (Canada)". */
    static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayName(Locale.ENGLISH);
    }
}
