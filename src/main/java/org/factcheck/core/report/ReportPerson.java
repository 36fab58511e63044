package org.factcheck.core.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A person the draft talks about, for the report's {@code persons} section: the name as introduced, whether the
 * draft gives it in full, the country and roles its role phrases give, and every mention.
 */
@JsonPropertyOrder({"id", "name", "introduced", "nationality", "roles", "mentions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportPerson(String id, String name, boolean introduced, String nationality, List<Role> roles,
                           List<Mention> mentions) {
    public ReportPerson {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** A role phrase given to the person; {@code role} is the single-holder role's key, when it names one. */
    @JsonPropertyOrder({"role", "nationality", "start", "end", "text"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Role(String role, String nationality, int start, int end, String text) {
    }

    /** One place the person is named: kind is full, part, honorific or role. */
    @JsonPropertyOrder({"kind", "start", "end", "text"})
    public record Mention(String kind, int start, int end, String text) {
    }
}
