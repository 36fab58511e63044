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

    // --- titles of any organisation -------------------------------------------------------------------------------

    private static final String CLINIC = "The clinic's chief executive, Ana Ruiz, and the deputy chief executive, "
            + "Tom Kerr, met staff; the chief executive, Tom Kerr, left early, and Tom Kerr was promoted to chief "
            + "executive.";

    private static Span at(String s, int nth) {
        int from = -1;
        for (int i = 0; i <= nth; i++) {
            from = CLINIC.indexOf(s, from + 1);
        }
        return Span.of(CLINIC, from, from + s.length());
    }

    private static PersonRole title(int person, Span span, String title, String base, String scope, boolean change) {
        String head = title.substring(title.lastIndexOf(' ') + 1);
        return new PersonRole(person, 0, null, null, span, title, head, base, scope, false, true, false, change, false);
    }

    private static Person clinicPerson(int id, String name) {
        List<String> parts = List.of(name.toLowerCase().split(" "));
        return new Person(id, name, parts, List.of(name.split(" ")), true, Span.of(CLINIC, 0, 1), null, false,
                List.of());
    }

    @Test
    void aTitleAnotherHoldsGivenToSomeoneWhoseOwnRoleItIsNot() {
        Span ruiz = at("chief executive", 0);
        Span deputy = at("deputy chief executive", 0);
        Span given = at("chief executive", 2);
        List<Finding> findings = run("en", clinicPerson(0, "Ana Ruiz"), clinicPerson(1, "Tom Kerr"),
                title(0, ruiz, "chief executive", "chief executive", "clinic", false),
                title(1, deputy, "deputy chief executive", "chief executive", null, false),
                title(1, given, "chief executive", "chief executive", null, false));
        assertEquals(List.of("title.role-of-other@chief executive"), rules(findings));
        assertEquals(given, findings.get(0).span());
        assertEquals(List.of(ruiz), findings.get(0).related());
        assertEquals("Ana Ruiz", findings.get(0).args().get("holder"));
    }

    @Test
    void aRoleAndItsDeputysOfOnePersonConflictUnlessAChangeIsStatedBetween() {
        Span deputy = at("deputy chief executive", 0);
        Span later = at("chief executive", 2);
        Span promoted = at("chief executive", 3);
        List<Finding> findings = run("en", clinicPerson(1, "Tom Kerr"),
                title(1, deputy, "deputy chief executive", "chief executive", null, false),
                title(1, later, "chief executive", "chief executive", null, false));
        assertEquals(List.of("title.conflicting-roles@chief executive"), rules(findings));
        assertEquals(List.of(deputy), findings.get(0).related());
        // the promotion stated before a later mention: that mention is the new role, no conflict
        Span after = Span.of(CLINIC, CLINIC.length() - 1, CLINIC.length());
        assertEquals(List.of(), run("en", clinicPerson(1, "Tom Kerr"),
                title(1, deputy, "deputy chief executive", "chief executive", null, false),
                title(1, promoted, "chief executive", "chief executive", null, true),
                title(1, after, "chief executive", "chief executive", null, false)));
    }

    @Test
    void aTitleWithoutScopeIsNoClueWhereTheDraftHasTwoScopesForIt() {
        // "le maire de A, X", "le maire de B, Y", and later "le maire" given to a third person with a role of his own
        Span a = at("chief executive", 0);
        Span b = at("deputy chief executive", 0);
        Span given = at("chief executive", 2);
        assertEquals(List.of(), run("en", clinicPerson(0, "Ana Ruiz"), clinicPerson(1, "Tom Kerr"),
                clinicPerson(2, "Lea Moss"),
                title(0, a, "chief executive", "chief executive", "clinic", false),
                title(2, b, "chief executive", "chief executive", "hospital", false),
                title(1, at("Tom Kerr", 0), "nurse", "nurse", null, false),
                title(1, given, "chief executive", "chief executive", null, false)));
    }
}
