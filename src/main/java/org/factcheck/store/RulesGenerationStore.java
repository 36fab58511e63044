package org.factcheck.store;

/** Where the nodes of one service share the rules' generation ({@link RulesGeneration}). */
public interface RulesGenerationStore {
    /** The generation in force: one small read, cheap enough to poll every few seconds. */
    long currentRulesGeneration();

    /** The generation in force, with who reloaded, when, and the rules folder's hash. */
    RulesGeneration rulesGeneration();

    /**
     * Records a reload that compiled: the generation goes one up (atomically, also when two nodes reload at once).
     *
     * @param by   who asked for it, or null
     * @param hash the rules folder's content hash, or null
     * @return the new generation
     */
    RulesGeneration bumpRulesGeneration(String by, String hash);
}
