package org.factcheck.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a revision's findings with the previous revision's, by {@link FindingKey}: one to one, in order, so that when
 * the previous revision had two findings with one key, the first found now takes the first, the second the second.
 */
final class FindingMatch {
    private FindingMatch() {
    }

    /**
     * For each current key, the index in {@code previous} of the finding it carries, or -1 when it is new. Every
     * index appears at most once.
     */
    static int[] match(List<String> previous, List<String> current) {
        Map<String, Deque<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < previous.size(); i++) {
            byKey.computeIfAbsent(previous.get(i), k -> new ArrayDeque<>()).add(i);
        }
        int[] out = new int[current.size()];
        for (int i = 0; i < current.size(); i++) {
            Deque<Integer> q = byKey.get(current.get(i));
            out[i] = q == null || q.isEmpty() ? -1 : q.poll();
        }
        return out;
    }

    /** The indexes of {@code previous} that no current finding carries, in order: what the revision resolved. */
    static List<Integer> unmatched(int previousCount, int[] match) {
        boolean[] taken = new boolean[previousCount];
        for (int m : match) {
            if (m >= 0) {
                taken[m] = true;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < previousCount; i++) {
            if (!taken[i]) {
                out.add(i);
            }
        }
        return out;
    }
}
