package org.factcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.factcheck.TestSupport;
import org.factcheck.core.facts.Finding;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonRole;
import org.factcheck.core.facts.Span;
import org.junit.jupiter.api.Test;

/** title.drl, facts in, findings out: persons and their role phrases built by hand. */
class TitleRulesTest {
    private static final String TEXT = "Secretary of State Paul Vance met Mark Dole, the secretary of state, "
            + "and Paul Vance, commerce secretary, said so.";

    private static Span span(String s, int from) {
        int at = TEXT.indexOf(s, from);
        return Span.of(TEXT, at, at + s.length());
    }

    private static final Span VANCE_ROLE = span("Secretary of State", 0);
    private static final Span DOLE_ROLE = span("secretary of state", 0);
    private static final Span VANCE_OTHER_ROLE = span("commerce secretary", 0);

    private static Person person(int id, String name, String nationality, String... roles) {
        List<String> parts = List.of(name.toLowerCase().split(" "));
        return new Person(id, name, parts, List.of(name.split(" ")), true, span(name, 0), nationality, false,
                List.of(roles));
    }

    private static List<Finding> run(String language, Object... facts) {
        return TestSupport.rules().run(List.of(facts), language);
    }

    private static List<String> rules(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.rule() + "@" + f.span().text()));
        out.sort(null);
        return out;
    }

    @Test
    void aRoleOfOneCountryGivenToASecondPersonThroughItsHoldersCountry() {
        // Dole's phrase names no country: it is Dole's, given by another of his role phrases (derivation).
        List<Finding> findings = run("en",
                person(0, "Paul Vance", "US", "secretary-of-state"),
                person(1, "Mark Dole", "US", "secretary-of-state"),
                new PersonRole(0, 0, "secretary-of-state", "US", VANCE_ROLE),
                new PersonRole(1, 1, "secretary-of-state", null, DOLE_ROLE));
        assertEquals(1, findings.size(), String.valueOf(findings));
        Finding f = findings.get(0);
        assertEquals("title.role-of-other", f.rule());
        assertEquals(DOLE_ROLE, f.span());
        assertEquals(List.of(VANCE_ROLE), f.related());
        assertEquals("secretary of state", f.args().get("role"));
        assertEquals("Paul Vance", f.args().get("holder"));
        assertEquals("Mark Dole", f.args().get("name"));
    }

    @Test
    void noRoleOfOtherWithoutACountryAcrossCountriesOrForASharedRole() {
        assertEquals(List.of(), run("en",
                person(0, "Paul Vance", "US", "secretary-of-state"),
                person(1, "Mark Dole", null, "secretary-of-state"),
                new PersonRole(0, 0, "secretary-of-state", "US", VANCE_ROLE),
                new PersonRole(1, 1, "secretary-of-state", null, DOLE_ROLE)));
        assertEquals(List.of(), run("en",
                person(0, "Paul Vance", "US", "secretary-of-state"),
                person(1, "Mark Dole", "GB", "secretary-of-state"),
                new PersonRole(0, 0, "secretary-of-state", "US", VANCE_ROLE),
                new PersonRole(1, 1, "secretary-of-state", "GB", DOLE_ROLE)));
        assertEquals(List.of(), run("fr",
                person(0, "Paul Vance", "CN", "state-councillor"),
                person(1, "Mark Dole", "CN", "state-councillor"),
                new PersonRole(0, 0, "state-councillor", "CN", VANCE_ROLE),
                new PersonRole(1, 1, "state-councillor", "CN", DOLE_ROLE)));
    }

    @Test
    void onePersonGivenTwoExclusiveRolesOrRolesOfTwoCountries() {
        List<Finding> findings = run("en",
                person(0, "Paul Vance", "US", "secretary-of-state", "commerce-secretary"),
                new PersonRole(0, 0, "secretary-of-state", "US", VANCE_ROLE),
                new PersonRole(0, 2, "commerce-secretary", null, VANCE_OTHER_ROLE));
        assertEquals(List.of("title.conflicting-roles@commerce secretary"), rules(findings));
        Finding f = findings.get(0);
        assertEquals(List.of(VANCE_ROLE), f.related());
        assertEquals("commerce secretary", f.args().get("role"));
        assertEquals("Secretary of State", f.args().get("first"));
        assertEquals("Paul Vance", f.args().get("name"));

        assertEquals(List.of("title.conflicting-roles@commerce secretary"), rules(run("fr",
                person(0, "Paul Vance", "US", "president", "prime-minister"),
                new PersonRole(0, 0, "president", "US", VANCE_ROLE),
                new PersonRole(0, 2, "prime-minister", "FR", VANCE_OTHER_ROLE))));
    }

    @Test
    void twoRolesHeldTogetherAreNoConflict() {
        // Not in one group of exclusive-roles, and of one country (the second through the person's country).
        assertEquals(List.of(), run("en",
                person(0, "Paul Vance", "CN", "state-councillor", "foreign-minister"),
                new PersonRole(0, 0, "state-councillor", "CN", VANCE_ROLE),
                new PersonRole(0, 2, "foreign-minister", null, VANCE_OTHER_ROLE)));
    }

    @Test
    void theRoleGivenToAnotherIsNotAlsoAConflictingRole() {
        List<Finding> findings = run("en",
                person(0, "Paul Vance", "US", "secretary-of-state"),
                person(1, "Mark Dole", "US", "treasury-secretary", "secretary-of-state"),
                new PersonRole(0, 0, "secretary-of-state", "US", VANCE_ROLE),
                new PersonRole(1, 1, "treasury-secretary", "US", span("Mark Dole", 0)),
                new PersonRole(1, 1, "secretary-of-state", "US", DOLE_ROLE));
        assertEquals(List.of("title.role-of-other@secretary of state"), rules(findings));
    }
}
