package org.factcheck.core.lang;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one language brings to a rules folder: its word lists ({@code rules/<language>/*.txt}, with the lists
 * every language shares at the folder's root) and its messages ({@code rules/<language>/messages.properties}).
 * Loaded once with the rules and immutable, so one pack serves every draft of its language.
 *
 * @param language the ISO 639-1 code: {@code fr}, {@code en}
 */
public record LanguagePack(String language, Lexicon lexicon, Messages messages) {
    /** Reads {@code root/<language>/}, with the shared lists of {@code root} already read ({@link Lexicon#readLists}). */
    public static LanguagePack load(Path root, String language, Map<String, Lexicon.WordList> shared) throws IOException {
        Path folder = root.resolve(language);
        return new LanguagePack(language, Lexicon.load(language, shared, folder),
                Messages.load(folder.resolve("messages.properties"), language));
    }

    @Override
    public String toString() {
        return "LanguagePack[" + language + "]";
    }
}
