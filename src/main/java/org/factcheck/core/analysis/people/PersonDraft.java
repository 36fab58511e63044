package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.Span;

/** A person being built by the {@link PersonLinker}, with its mentions and role phrases; per draft. */
final class PersonDraft {
    final List<String> parts;
    final List<String> written;
    final String name;
    final Span first;
    boolean introduced;
    final List<Mention> mentions = new ArrayList<>();
    final List<RolePhrase> roles = new ArrayList<>();
    final List<Integer> roleMentions = new ArrayList<>();

    PersonDraft(List<String> parts, List<String> written, String name, Span first, boolean introduced) {
        this.parts = parts;
        this.written = written;
        this.name = name;
        this.first = first;
        this.introduced = introduced;
    }

    String nationality() {
        for (RolePhrase r : roles) {
            if (r.nationality() != null) {
                return r.nationality();
            }
        }
        return null;
    }

    List<String> roleKeys() {
        List<String> keys = new ArrayList<>();
        for (RolePhrase r : roles) {
            for (String k : r.keys()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    int lastMentionBefore(int offset) {
        int best = -1;
        for (Mention m : mentions) {
            if (m.span.start() < offset) {
                best = Math.max(best, m.span.start());
            }
        }
        return best;
    }

    /** One place the person is named, or designated by a role phrase. */
    record Mention(MentionKind kind, Span span, List<String> parts, List<String> written, Evidence evidence,
                  int sentence, List<RolePhrase> roles) {
    }
}
