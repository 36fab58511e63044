package org.factcheck.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three short drafts written for these tests, and a truth file over them: {@code bus.txt} repeats a paragraph
 * (planted, caught) and has a planted figure nothing can catch; {@code park.txt} is a clean control; {@code ecole.txt}
 * opens a quotation it never closes (planted, caught) and writes Etats-Unis / États-Unis (not planted: a false alarm).
 */
public final class EvalDrafts {
    public static final String BUS = """
            City council approves new bus lanes

            SPRINGVALE, March 4 - The city council approved three new bus lanes on Tuesday after a long debate in the town hall.

            The lanes will open in September, transport officer Mara Quinlan told reporters after the vote.

            The lanes will open in September, transport officer Mara Quinlan told reporters after the vote.

            The works will be paid from the regional budget, the council said.
            """;

    public static final String PARK = """
            New park opens in the old rail yard

            SPRINGVALE, March 4 - A new park opened on Tuesday on the site of the old rail yard, with two playgrounds and a pond.

            Families came in the rain to walk the paths, and the council plans a market there every Saturday from April.
            """;

    public static final String ECOLE = """
            Une école rénovée rouvre à Lormont

            LORMONT, 4 mars - L'école Jean-Moulin a rouvert mardi après un an de travaux, a annoncé la mairie.

            Les Etats-Unis ont envoyé un délégué pour l'inauguration. Le délégué des États-Unis a visité les classes.

            « Nous avons enfin des classes lumineuses, a déclaré la directrice, Anne Morel.
            """;

    public static final String TRUTH = """
            [
              {"file": "drafts/bus.txt", "language": "en", "referenceDate": "2025-03-04",
               "planted": [
                 {"category": "DUPLICATE", "text": "The lanes will open in September", "note": "Printed twice."},
                 {"category": "NUMBER", "text": "three new bus lanes", "note": "The plan had four; nothing in the draft says so."}]},
              {"file": "drafts/park.txt", "language": "en", "referenceDate": "2025-03-04", "planted": []},
              {"file": "drafts/ecole.txt", "language": "fr", "referenceDate": "2025-03-04",
               "planted": [{"category": "QUOTE", "text": "« Nous avons enfin", "note": "Never closed."}]}
            ]
            """;

    private EvalDrafts() {
    }

    /** Writes the drafts under {@code dir/drafts} and the truth file {@code dir/truth.json}; returns the latter. */
    public static Path write(Path dir) throws IOException {
        return write(dir, TRUTH);
    }

    /** Writes the drafts under {@code dir/drafts} and {@code truth} as {@code dir/truth.json}; returns the latter. */
    public static Path write(Path dir, String truth) throws IOException {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(drafts.resolve("bus.txt"), BUS, StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("park.txt"), PARK, StandardCharsets.UTF_8);
        Files.writeString(drafts.resolve("ecole.txt"), ECOLE, StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve("truth.json"), truth, StandardCharsets.UTF_8);
    }
}
