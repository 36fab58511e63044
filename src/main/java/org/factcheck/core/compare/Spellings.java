package org.factcheck.core.compare;

import org.factcheck.core.text.TextFold;

/** Comparisons of two writings of one term, for the SPELLING rules. */
public final class Spellings {
    private Spellings() {
    }

    /**
     * Whether {@code variant} differs from {@code preferred} (both as written) only by capital letters that lack the
     * accent they have in {@code preferred}: "Etats-Unis" and "États-Unis", "Egypte" and "Égypte"; not the other way
     * round, nor "Quebec" and "Québec".
     */
    public static boolean onlyCapitalAccents(String variant, String preferred) {
        if (variant.length() != preferred.length() || variant.equals(preferred)) {
            return false;
        }
        for (int i = 0; i < variant.length(); i++) {
            char v = variant.charAt(i);
            char p = preferred.charAt(i);
            if (v != p && (!Character.isUpperCase(p) || !Character.isUpperCase(v)
                    || !TextFold.stripAccents(String.valueOf(p)).equals(String.valueOf(v)))) {
                return false;
            }
        }
        return true;
    }
}
