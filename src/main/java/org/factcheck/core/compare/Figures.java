package org.factcheck.core.compare;

/**
 * Primitives the NUMBER rules call on figures: the rounding a written precision allows, and numbers rounded as a
 * message gives them. The decisions (how much slack, which figures differ) are the rules'.
 */
public final class Figures {
    private Figures() {
    }

    /**
     * The unit of the last digit of the less precise of two figures: 1 for "7 %" beside "7,4 %", 0.1 for "7,4 %"
     * beside "7,45 %". Half of it is what rounding may hide.
     *
     * @param decimals the number of decimals each figure is written with
     */
    public static double lastDigit(int decimals, int otherDecimals) {
        return Math.pow(10, -Math.min(decimals, otherDecimals));
    }

    /** A computed figure to one decimal at most, as a message states it (33.333… to 33.3). */
    public static double rounded(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    /**
     * A quantity as written, for the middle of a message: its sentence-initial capital lowered ("Les droits" to
     * "les droits"; "TVA" kept).
     */
    public static String midSentence(String quantity) {
        return quantity.length() > 1 && Character.isUpperCase(quantity.charAt(0)) && Character.isLowerCase(quantity.charAt(1))
                ? Character.toLowerCase(quantity.charAt(0)) + quantity.substring(1) : quantity;
    }
}
