package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.NamedOrganisation;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.lang.Lexicon;
import org.factcheck.core.text.AnnotatedText;

/**
 * Finds the people a draft names, and the role phrases that go with them, then links them into persons. A run of
 * capitalized words (with particles and initials inside) is a person's name when something says so: an honorific
 * before it ({@code M.}, {@code Ms.}), a role phrase before it ({@code le ministre chinois des Affaires étrangères},
 * {@code US Treasury Secretary}) or in apposition after it ({@code , secrétaire d'État américain,}), or a speech
 * verb of which it is the subject or the inverted subject ({@code a déclaré}, {@code said}). Runs without such a
 * sign are kept as candidates: the {@link PersonLinker} takes them when they share a part with a named person.
 * Places, institutions and nationalities ({@code not-persons}, {@code nationalities}) are never names.
 *
 * <p>Built once per language from its word lists ({@link PersonWords}); reads the draft's {@link AnnotatedText}
 * and keeps nothing of it, so one instance serves concurrent checks.
 */
public final class PersonExtractor {
    private final RoleFinder roles;
    private final NameRuns names;

    public PersonExtractor(Lexicon lexicon) {
        PersonWords words = new PersonWords(lexicon);
        this.roles = new RoleFinder(words);
        this.names = new NameRuns(words, roles);
    }

    /** The persons of a draft, matched against the newsroom register's entries. */
    public PersonLinker.Result extract(AnnotatedText text, List<RegisterEntry> register) {
        List<MarkedSentence> sentences = new ArrayList<>(text.sentences().size());
        int newestYear = 0;
        for (AnnotatedText.TextSentence sentence : text.sentences()) {
            MarkedSentence marked = roles.mark(text.text(), sentence);
            sentences.add(marked);
            for (int i = 0; i < marked.size(); i++) {
                newestYear = Math.max(newestYear, RoleFinder.year(marked.token(i)));
            }
        }
        List<PersonLinker.SentenceFinds> finds = new ArrayList<>(sentences.size());
        for (MarkedSentence marked : sentences) {
            List<NamedOrganisation> organisations = new ArrayList<>(0);
            List<NameCandidate> found = roles.coordinated(marked, names.find(marked, marked.index(), organisations));
            List<RolePhrase> bare = roles.bare(marked, found);
            if (roles.dated(marked, newestYear)) {
                // a sentence of another time ("à l'époque", "in 1968"): its roles were held then, by holders in turn
                found = found.stream().map(NameCandidate::inTurn).toList();
                bare = bare.stream().map(RolePhrase::inTurn).toList();
            }
            finds.add(new PersonLinker.SentenceFinds(found, bare, roles.kin(marked, marked.index()),
                    organisations, roles.countries(marked, marked.index()), marked.index()));
        }
        return PersonLinker.link(finds, register);
    }
}
