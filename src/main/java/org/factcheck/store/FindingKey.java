package org.factcheck.store;

import java.text.Normalizer;
import java.util.Locale;

import org.factcheck.core.text.TextFold;
import org.factcheck.core.report.ReportFinding;
import org.factcheck.core.report.ReportSpan;

/**
 * What makes two revisions' findings the same finding: the rule, the flagged text and the related texts in order,
 * each NFC-normalized, with runs of white space as one space and in lower case (accents kept). Offsets are not part
 * of the key, since text moves between revisions.
 *
 * <p>The parts are joined with U+001F, which normalization turns into a space, so no text can contain it and two
 * different lists of parts never give one key.
 */
public final class FindingKey {
    /** The separator of the key's parts; never in a normalized text. */
    public static final char SEPARATOR = '\u001F';

    private FindingKey() {
    }

    /** The key of a finding. */
    public static String of(ReportFinding f) {
        StringBuilder key = new StringBuilder(f.rule()).append(SEPARATOR).append(normalize(f.text()));
        for (ReportSpan r : f.related()) {
            key.append(SEPARATOR).append(normalize(r.text()));
        }
        return key.toString();
    }

    /** NFC, white space folded and trimmed, lower case. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return TextFold.whitespace(nfc).toLowerCase(Locale.ROOT);
    }
}
