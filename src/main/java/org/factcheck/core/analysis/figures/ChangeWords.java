package org.factcheck.core.analysis.figures;

import java.util.HashMap;
import java.util.Map;

import org.factcheck.core.facts.ChangeDirection;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.TextFold;

/**
 * The words that move a quantity ("réduit", "hausse", "rose", "cut"), from {@code rules/<language>/change-verbs.txt}:
 * each line a direction, then its forms; a form ending in {@code *} is a prefix ("augment*").
 */
final class ChangeWords {
    private final Map<String, ChangeDirection> forms = new HashMap<>();
    private final Map<String, ChangeDirection> prefixes = new HashMap<>();

    ChangeWords(Lexicon lexicon) {
        lexicon.heads("change-verbs").forEach((form, head) -> {
            String f = TextFold.fold(form);
            ChangeDirection direction = ChangeDirection.of(head);
            if (f.endsWith("*")) {
                prefixes.put(f.substring(0, f.length() - 1), direction);
            } else {
                forms.put(f, direction);
            }
        });
    }

    /** The direction of {@code word} when it is a change word (after an elision: "l'augmentation"); else null. */
    ChangeDirection direction(String word) {
        String w = TextFold.fold(word).replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 3) {
            w = w.substring(apostrophe + 1);
        }
        ChangeDirection d = forms.get(w);
        if (d != null) {
            return d;
        }
        for (Map.Entry<String, ChangeDirection> p : prefixes.entrySet()) {
            if (w.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }
}
