package org.factcheck.eval.planted;

import java.util.List;
import java.util.Map;

/**
 * What the generator planted: the copies kept, and per {@code language/kind} how many articles had no place for
 * the kind (skipped) and how many places the per-category cap left out (unused).
 */
public record PlantedSummary(List<PlantedCorpus.Copy> copies, Map<String, Integer> skipped, Map<String, Integer> unused,
                             int articles) {
    public PlantedSummary {
        copies = List.copyOf(copies);
        skipped = Map.copyOf(skipped);
        unused = Map.copyOf(unused);
    }

    public int planted(String category, String language) {
        return (int) copies.stream().filter(c -> c.plant().category().equals(category)
                && (language == null || c.original().language().equals(language))).count();
    }

    public int plantedKind(String kind, String language) {
        return (int) copies.stream().filter(c -> c.plant().kind().equals(kind) && c.original().language().equals(language)).count();
    }

    /** One line per kind: planted, skipped and unused, French and English. */
    public String table() {
        StringBuilder s = new StringBuilder(String.format("%-20s %9s %9s %9s   (fr/en; %d articles)%n", "kind", "planted",
                "skipped", "unused", articles));
        for (String category : PlantedCorpus.CATEGORIES) {
            for (Planter p : PlantedCorpus.planters()) {
                if (p.category().equals(category)) {
                    s.append(String.format("%-20s %4d/%-4d %4d/%-4d %4d/%-4d%n", p.kind(), plantedKind(p.kind(), "fr"),
                            plantedKind(p.kind(), "en"), skipped.getOrDefault("fr/" + p.kind(), 0),
                            skipped.getOrDefault("en/" + p.kind(), 0), unused.getOrDefault("fr/" + p.kind(), 0),
                            unused.getOrDefault("en/" + p.kind(), 0)));
                }
            }
            s.append(String.format("  %-18s %4d/%-4d = %d%n", category, planted(category, "fr"), planted(category, "en"),
                    planted(category, null)));
        }
        s.append(String.format("%-20s %4d/%-4d = %d%n", "all", copies.stream().filter(c -> c.original().french()).count(),
                copies.stream().filter(c -> !c.original().french()).count(), copies.size()));
        return s.toString();
    }
}
