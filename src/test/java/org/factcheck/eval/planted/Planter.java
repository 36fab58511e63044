package org.factcheck.eval.planted;

import java.util.Optional;
import java.util.Random;

/**
 * One kind of planted error. A planter looks for a place where its kind of error can be planted in an article, by
 * plain text heuristics of its own (never the checker's analysis), and returns the edit, or nothing when the article
 * has no such place.
 */
interface Planter {
    /** The truth category: NAME, TITLE, DATE, NUMBER, QUOTE, DUPLICATE or SPELLING. */
    String category();

    /** The kind of plant, unique among planters: {@code name-surname}, {@code date-weekday}… */
    String kind();

    Optional<Plant> plant(Article article, Random random);

    /**
     * Whether this kind adds a sentence of the generator's making where real copy seldom has the shape: such plants
     * only fill a category after its kinds that modify what the article says are used up.
     */
    default boolean filler() {
        return false;
    }
}
