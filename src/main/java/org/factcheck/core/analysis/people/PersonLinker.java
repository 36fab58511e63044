package org.factcheck.core.analysis.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.factcheck.core.compare.Names;
import org.factcheck.core.facts.CountryNamed;
import org.factcheck.core.facts.Evidence;
import org.factcheck.core.facts.KinWord;
import org.factcheck.core.facts.NamedOrganisation;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.NamePartShared;
import org.factcheck.core.facts.Person;
import org.factcheck.core.facts.PersonMention;
import org.factcheck.core.facts.PersonRole;
import org.factcheck.core.facts.RegisterEntry;
import org.factcheck.core.facts.RegisterCandidate;
import org.factcheck.core.facts.SimilarNamePart;

/**
 * Links name mentions into persons: a full name to the person of the same name (or the same first and last part);
 * a part alone or after an honorific to the person whose name holds that part, the latest mentioned first; a role
 * phrase without a name to the person holding that role, else of that nationality. Then indexes the persons' name
 * parts, exactly and by sound, so that the rules compare only the persons that share or nearly share a part.
 * Every step goes through a hash index: the cost grows with the number of mentions, not with its square.
 */
public final class PersonLinker {
    /** The persons of a draft and the facts about them. */
    public record Result(List<Person> persons, List<PersonMention> mentions, List<PersonRole> roles,
                         List<NamePartShared> shared, List<SimilarNamePart> similar, List<RegisterCandidate> register,
                         List<KinWord> kin, List<NamedOrganisation> organisations, List<CountryNamed> countries) {
    }

    /** A sentence's name candidates and role phrases without a name, as found by the extractor. */
    record SentenceFinds(List<NameCandidate> names, List<RolePhrase> bareRoles, List<KinWord> kin,
                         List<NamedOrganisation> organisations, List<CountryNamed> countries, int sentence) {
    }

    /** Prefix of the register index's keys by sound, beside its keys by surname. */
    private static final String SOUND = "\u0000";

    private PersonLinker() {
    }

    static Result link(List<SentenceFinds> finds, List<RegisterEntry> register) {
        List<PersonDraft> persons = new ArrayList<>();
        Map<String, PersonDraft> byKey = new HashMap<>();
        Map<String, List<PersonDraft>> byPart = new HashMap<>();

        List<NameCandidate> all = new ArrayList<>();
        finds.forEach(s -> all.addAll(s.names()));
        Map<String, List<RegisterEntry>> registerBySurname = new HashMap<>();
        for (RegisterEntry e : register) {
            registerBySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
            registerBySurname.computeIfAbsent(SOUND + Names.phoneticKey(e.surname()), k -> new ArrayList<>()).add(e);
        }

        // 1. Full names with a sign that they are people.
        for (NameCandidate c : all) {
            if (c.parts().size() >= 2 && c.evidence() != null) {
                PersonDraft p = findFull(c, byKey, byPart);
                if (p == null) {
                    p = newPerson(c, true, persons, byKey, byPart);
                }
                addMention(p, c, MentionKind.FULL, c.evidence());
            }
        }
        // 2. Full names without such a sign: the same name, or one sharing a part with a named person, with a part
        //    named alone with such a sign ("Ms. Hollis"), or with the register.
        Set<String> namedAlone = new HashSet<>();
        for (NameCandidate c : all) {
            if (c.parts().size() == 1 && c.evidence() != null) {
                namedAlone.add(c.parts().get(0));
            }
        }
        for (NameCandidate c : all) {
            if (c.parts().size() >= 2 && c.evidence() == null) {
                PersonDraft p = findFull(c, byKey, byPart);
                if (p == null && c.parts().stream().anyMatch(x -> byPart.containsKey(x) || registerBySurname.containsKey(x)
                        || namedAlone.contains(x))) {
                    p = newPerson(c, true, persons, byKey, byPart);
                }
                if (p != null) {
                    addMention(p, c, MentionKind.FULL, Evidence.KNOWN);
                }
            }
        }
        // 3. One part alone or after an honorific.
        Map<String, PersonDraft> singles = new HashMap<>();
        Map<String, Set<String>> introducedBySound = bySound(persons);
        for (NameCandidate c : all) {
            if (c.parts().size() != 1) {
                continue;
            }
            String part = c.parts().get(0);
            PersonDraft p = bestByPart(part, c.span().start(), byPart);
            if (p == null) {
                p = singles.get(part);
            }
            if (p == null && (c.evidence() != null
                    || c.proper() && c.alone() && soundsLikeIntroduced(part, introducedBySound))) {
                // A name part alone with a sign that it is a person's, or one that sounds like a part of an
                // introduced person's name ("Marlow" after "Tessa Marlowe") and stands as a name does (not "rue de
                // Valois", not an item of a team sheet): a person of its own, for the NAME rules to compare.
                p = new PersonDraft(c.parts(), c.written(), c.span().text(), c.span(), false);
                persons.add(p);
                singles.put(part, p);
            }
            if (p != null) {
                addMention(p, c, c.honorific() ? MentionKind.HONORIFIC : MentionKind.PART,
                        c.evidence() != null ? c.evidence() : Evidence.KNOWN);
            }
        }
        // 4. Role phrases without a name.
        MentionPlaces places = new MentionPlaces(persons);
        for (SentenceFinds s : finds) {
            for (RolePhrase r : s.bareRoles()) {
                int i = places.lastFitting(r);
                if (i >= 0) {
                    persons.get(i).mentions.add(new PersonDraft.Mention(MentionKind.ROLE, r.span(), List.of(),
                            List.of(), Evidence.ROLE, s.sentence(), List.of()));
                    places.add(r.span().start(), i);
                }
            }
        }
        List<KinWord> kin = new ArrayList<>();
        List<NamedOrganisation> organisations = new ArrayList<>();
        List<CountryNamed> countries = new ArrayList<>();
        finds.forEach(s -> {
            kin.addAll(s.kin());
            organisations.addAll(s.organisations());
            countries.addAll(s.countries());
        });
        return build(persons, registerBySurname, kin, organisations, countries);
    }

    /** The name parts of the persons introduced in full, by their phonetic key and by their consonants. */
    private static Map<String, Set<String>> bySound(List<PersonDraft> persons) {
        Map<String, Set<String>> out = new HashMap<>();
        for (PersonDraft d : persons) {
            if (d.introduced) {
                for (String part : d.parts) {
                    out.computeIfAbsent(Names.phoneticKey(part), k -> new HashSet<>()).add(part);
                    out.computeIfAbsent(Names.consonantKey(part), k -> new HashSet<>()).add(part);
                }
            }
        }
        return out;
    }

    /**
     * Whether a folded part sounds like (or has the consonants of), but is not, a part of the name of a person
     * introduced in full; a word made from that part ("Macronie", "Christmases") is no misspelling of it.
     */
    private static boolean soundsLikeIntroduced(String part, Map<String, Set<String>> introducedBySound) {
        for (String key : List.of(Names.phoneticKey(part), Names.consonantKey(part))) {
            if (introducedBySound.getOrDefault(key, Set.of()).stream()
                    .anyMatch(other -> !other.equals(part) && !part.startsWith(other))) {
                return true;
            }
        }
        return false;
    }

    private static PersonDraft findFull(NameCandidate c, Map<String, PersonDraft> byKey, Map<String, List<PersonDraft>> byPart) {
        PersonDraft p = byKey.get(String.join(" ", c.parts()));
        if (p != null) {
            return p;
        }
        String firstPart = c.parts().get(0);
        String lastPart = c.parts().get(c.parts().size() - 1);
        for (PersonDraft d : byPart.getOrDefault(lastPart, List.of())) {
            if (d.introduced && d.parts.size() >= 2 && d.parts.get(0).equals(firstPart)
                    && d.parts.get(d.parts.size() - 1).equals(lastPart)) {
                return d;
            }
        }
        return null;
    }

    private static PersonDraft newPerson(NameCandidate c, boolean introduced, List<PersonDraft> persons,
                                   Map<String, PersonDraft> byKey, Map<String, List<PersonDraft>> byPart) {
        PersonDraft p = new PersonDraft(c.parts(), c.written(), c.span().text(), c.span(), introduced);
        persons.add(p);
        byKey.put(String.join(" ", c.parts()), p);
        for (String part : c.parts()) {
            byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(p);
        }
        return p;
    }

    private static void addMention(PersonDraft p, NameCandidate c, MentionKind kind, Evidence evidence) {
        p.mentions.add(new PersonDraft.Mention(kind, c.span(), c.parts(), c.written(), evidence, c.sentence(), c.roles()));
        for (RolePhrase r : c.roles()) {
            p.roles.add(r);
            p.roleMentions.add(p.mentions.size() - 1);
        }
    }

    /**
     * The person a lone part stands for: one whose name ends with it (a surname), else begins with it (a surname
     * written first, or a given name); among several, the one mentioned last before, else the first introduced.
     */
    private static PersonDraft bestByPart(String part, int offset, Map<String, List<PersonDraft>> byPart) {
        List<PersonDraft> cands = byPart.get(part);
        if (cands == null || cands.isEmpty()) {
            return null;
        }
        Comparator<PersonDraft> order = Comparator
                .comparing((PersonDraft d) -> d.parts.get(d.parts.size() - 1).equals(part) ? 0 : d.parts.get(0).equals(part) ? 1 : 2)
                .thenComparing(d -> -d.lastMentionBefore(offset));
        return cands.stream().min(order).orElse(null);
    }

    /**
     * Where the persons are named, by place in the text: a role phrase without a name goes to the person named last
     * before it whose roles fit it (ties: the person found first). Asked from the role phrase back, it reads only the
     * mentions between the phrase and that person: asking each person for its last mention before each phrase read
     * every mention of the draft for each phrase, a long draft's square.
     */
    private static final class MentionPlaces {
        private final List<PersonDraft> persons;
        /** Each place where a mention starts, and the persons named there in the order found. */
        private final TreeMap<Integer, List<Integer>> byStart = new TreeMap<>();
        /** The last question in which each person was seen: a person counts at its latest place before the phrase. */
        private final int[] seenIn;
        private int question;

        MentionPlaces(List<PersonDraft> persons) {
            this.persons = persons;
            this.seenIn = new int[persons.size()];
            for (int i = 0; i < persons.size(); i++) {
                for (PersonDraft.Mention m : persons.get(i).mentions) {
                    add(m.span().start(), i);
                }
            }
        }

        /** Person {@code person} (its place in the list) is named at {@code start}. */
        void add(int start, int person) {
            List<Integer> there = byStart.computeIfAbsent(start, k -> new ArrayList<>(1));
            int at = 0;
            while (at < there.size() && there.get(at) < person) {
                at++;
            }
            if (at == there.size() || there.get(at) != person) {
                there.add(at, person);
            }
        }

        /** The place in the list of the person a role phrase without a name designates, or -1. */
        int lastFitting(RolePhrase r) {
            question++;
            for (List<Integer> there : byStart.headMap(r.span().start(), false).descendingMap().values()) {
                for (int i : there) {
                    if (seenIn[i] == question) {
                        continue;
                    }
                    seenIn[i] = question;
                    if (fits(r, persons.get(i))) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    /** Whether person {@code p} may be the one a role phrase without a name designates. */
    private static boolean fits(RolePhrase r, PersonDraft p) {
        if (!r.keys().isEmpty()) {
            return p.roleKeys().containsAll(r.keys()) && compatible(r.nationality(), p.nationality());
        }
        if (r.nationality() != null) {
            return r.nationality().equals(p.nationality());
        }
        for (RolePhrase held : p.roles) {
            if (held.nouns().containsAll(r.nouns())) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static Result build(List<PersonDraft> drafts, Map<String, List<RegisterEntry>> registerBySurname,
                                List<KinWord> kin, List<NamedOrganisation> organisations, List<CountryNamed> countries) {
        List<PersonDraft> sorted = new ArrayList<>(drafts);
        sorted.removeIf(d -> d.mentions.isEmpty());
        Map<PersonDraft, PersonDraft.Mention> firstOf = new HashMap<>();
        for (PersonDraft d : sorted) {
            firstOf.put(d, d.mentions.stream().filter(m -> !d.introduced || m.kind() == MentionKind.FULL)
                    .min(Comparator.comparingInt(m -> m.span().start())).orElse(d.mentions.get(0)));
        }
        sorted.sort(Comparator.comparingInt((PersonDraft d) -> firstOf.get(d).span().start()));
        List<Person> persons = new ArrayList<>();
        List<PersonMention> mentions = new ArrayList<>();
        List<PersonRole> roles = new ArrayList<>();
        List<RegisterCandidate> candidates = new ArrayList<>();
        record Pending(int person, PersonDraft.Mention m) {
        }
        List<Pending> pending = new ArrayList<>();
        for (int id = 0; id < sorted.size(); id++) {
            PersonDraft d = sorted.get(id);
            String key = String.join(" ", d.parts);
            boolean accepted = false;
            Set<RegisterCandidate> found = new LinkedHashSet<>();
            for (String part : d.parts) {
                for (RegisterEntry e : registerBySurname.getOrDefault(part, List.of())) {
                    found.add(new RegisterCandidate(id, part, e, true));
                    accepted |= e.accepts(key);
                }
                // A surname misspelled (Levitt for Leavitt) still finds its entry, by sound; name.drl decides.
                for (RegisterEntry e : registerBySurname.getOrDefault(SOUND + Names.phoneticKey(part), List.of())) {
                    if (!e.surname().equals(part)) {
                        found.add(new RegisterCandidate(id, part, e, false));
                    }
                }
            }
            candidates.addAll(found);
            PersonDraft.Mention first = firstOf.get(d);
            Person person = new Person(id, first.span().text(), first.parts(), first.written(), d.introduced, first.span(),
                    d.nationality(), accepted, d.roleKeys());
            persons.add(person);
            for (PersonDraft.Mention m : d.mentions) {
                pending.add(new Pending(id, m));
            }
        }
        pending.sort(Comparator.comparingInt(p -> p.m().span().start()));
        for (Pending p : pending) {
            PersonDraft.Mention m = p.m();
            int mid = mentions.size();
            mentions.add(new PersonMention(mid, p.person(), m.kind(), m.span(), m.parts(), m.written(), m.evidence(), m.sentence()));
            for (RolePhrase r : m.roles()) {
                if (r.keys().isEmpty()) {
                    roles.add(role(p.person(), mid, null, r));
                }
                for (String k : r.keys()) {
                    roles.add(role(p.person(), mid, k, r));
                }
            }
        }
        return new Result(persons, mentions, roles, NamePairs.shared(persons), NamePairs.similar(persons), candidates,
                List.copyOf(kin), List.copyOf(organisations), List.copyOf(countries));
    }

    private static PersonRole role(int person, int mention, String key, RolePhrase r) {
        return new PersonRole(person, mention, key, r.nationality(), r.span(), r.title(), r.head(), r.base(), r.scope(),
                r.shared(), r.single(), r.tie(), r.change(), r.verbal());
    }
}
