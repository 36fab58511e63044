package org.factcheck.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.factcheck.TestSupport;
import org.factcheck.core.CheckRequest;
import org.factcheck.core.extract.DraftException;
import org.factcheck.core.report.Report;

/** Small French drafts and their reports, made by the real checker. */
final class Drafts {
    /**
     * Etats-Unis written two ways (spelling.variant), a repeated sentence (duplicate.sentence); also a quotation with
     * its speaker, persons with roles, dates and figures, so that every section of the report is stored.
     */
    static final String FIRST = """
            PARIS, 25 novembre (AFP) – Les Etats-Unis ont annoncé une hausse de 10 % des droits de douane sur \
            l'acier, a indiqué mardi le ministre chinois des Affaires étrangères Qin Gang. Selon Pékin, les \
            États-Unis ne reculeront pas.

            « Nous ne céderons rien sur ce dossier », a déclaré M. Qin Gang lors d'une conférence de presse. Il a \
            rencontré son homologue américain Antony Blinken le mercredi 26 novembre 2025.

            Sur 40 députés, 12 ont voté pour, soit 30 % des voix. Près de 20 % des électeurs se sont abstenus.

            Les négociations reprendront la semaine prochaine à Genève selon les diplomates présents. Les \
            négociations reprendront la semaine prochaine à Genève selon les diplomates présents.
            """;

    /**
     * The next revision: Etats-Unis fixed, a paragraph added at the head (every offset moves), the repeated sentence
     * kept, and a weekday that does not match its date (date.weekday: 26 November 2025 is a Wednesday).
     */
    static final String SECOND = """
            PARIS, 25 novembre (AFP) – Un nouveau paragraphe vient en tête de la dépêche.

            Les États-Unis ont annoncé une hausse de 10 % des droits de douane sur l'acier, a indiqué mardi le \
            ministre chinois des Affaires étrangères Qin Gang. Selon Pékin, les États-Unis ne reculeront pas.

            « Nous ne céderons rien sur ce dossier », a déclaré M. Qin Gang lors d'une conférence de presse. Il a \
            rencontré son homologue américain Antony Blinken le mardi 26 novembre 2025.

            Les négociations reprendront la semaine prochaine à Genève selon les diplomates présents. Les \
            négociations reprendront la semaine prochaine à Genève selon les diplomates présents.
            """;

    private Drafts() {
    }

    static Report check(String draft) {
        try {
            return TestSupport.checker().check(new CheckRequest("draft.txt", draft.getBytes(StandardCharsets.UTF_8),
                    "fr", LocalDate.of(2025, 11, 25)));
        } catch (DraftException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A draft with {@code sentence} written {@code times} times. */
    static String repeated(String sentence, int times) {
        return (sentence + " ").repeat(times).trim() + "\n";
    }
}
