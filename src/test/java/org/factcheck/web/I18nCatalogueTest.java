package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.factcheck.TestSupport;
import org.factcheck.core.facts.Attribution;
import org.factcheck.core.facts.Category;
import org.factcheck.core.facts.ChangeDirection;
import org.factcheck.core.facts.DateKind;
import org.factcheck.core.facts.FigureKind;
import org.factcheck.core.facts.FigureRole;
import org.factcheck.core.facts.MentionKind;
import org.factcheck.core.facts.Resolution;
import org.factcheck.core.facts.Severity;
import org.factcheck.core.facts.SpeakerKind;
import org.factcheck.store.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review page's catalogues ({@code webapp/i18n/fr.json} and {@code en.json}) against what a report and the API
 * can carry: every key of the enums the report writes, the role keys of each language's {@code roles.txt}, the
 * holidays (with their days from the holiday key) and calendars of each language's {@code holidays.txt}, the
 * statuses, decisions and reference-date sources, and every wording of a date's resolution, translated in both
 * languages, so that no key of the report shows untranslated in the French interface.
 */
class I18nCatalogueTest {
    private static final List<String> LANGUAGES = List.of("fr", "en");
    /** French words that are the English key too. */
    private static final Set<String> SAME_IN_FRENCH = Set.of("figureKind/points", "category/DATE", "dateKind/relative");
    private static final Map<String, JsonNode> CATALOGUES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String lang : LANGUAGES) {
            CATALOGUES.put(lang, json.readTree(TestSupport.projectDir().resolve("webapp/i18n/" + lang + ".json").toFile()));
        }
    }

    /** Each group of values and the keys the report or the API may give it. */
    private static Map<String, Set<String>> expectedValues() throws IOException {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put("category", keys(Category.values(), Category::name));
        groups.put("severity", keys(Severity.values(), Severity::label));
        groups.put("decision", keys(Decision.values(), Decision::label));
        // FindingRow.NEW and CARRIED, package-private in the store.
        groups.put("status", Set.of("new", "carried"));
        groups.put("dateKind", keys(DateKind.values(), DateKind::key));
        groups.put("attribution", keys(Attribution.values(), Attribution::key));
        groups.put("speakerKind", keys(SpeakerKind.values(), SpeakerKind::key));
        groups.put("mentionKind", keys(MentionKind.values(), k -> k.name().toLowerCase(Locale.ROOT)));
        groups.put("figureKind", keys(FigureKind.values(), FigureKind::key));
        groups.put("figureRole", keys(FigureRole.values(), FigureRole::key));
        groups.put("direction", keys(ChangeDirection.values(), ChangeDirection::key));
        groups.put("role", roleKeys());
        groups.put("holiday", holidayKeys());
        groups.put("calendar", calendarKeys());
        // What DraftSettings writes as referenceDateSource and languageSource (README, "Report").
        groups.put("referenceDateSource", Set.of("option", "metadata", "dateline", "today"));
        groups.put("languageSource", Set.of("option", "detected", "metadata"));
        groups.put("unit", Set.of("day", "days", "week", "weeks", "month", "months", "year", "years"));
        return groups;
    }

    private static <E> Set<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys of every language's roles.txt: the first field of each line. */
    private static Set<String> roleKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> folders = Files.list(TestSupport.projectDir().resolve("rules"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path roles = folder.resolve("roles.txt");
                if (Files.exists(roles)) {
                    Files.readAllLines(roles).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.split("\\|")[0].strip()).forEach(keys::add);
                }
            }
        }
        assertFalse(keys.isEmpty(), "role keys found");
        return keys;
    }

    /** A line of holidays.txt: KEY@calendar, optionally +N or -N days from it. */
    private static final Pattern HOLIDAY_HEAD = Pattern.compile("([^@]+)@([a-z/]+)([+-]\\d+)?");

    /** The heads (first fields) of a list in every language's rules folder. */
    private static List<String> heads(String list) throws IOException {
        List<String> heads = new ArrayList<>();
        try (Stream<Path> folders = Files.list(TestSupport.projectDir().resolve("rules"))) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path file = folder.resolve(list);
                if (Files.exists(file)) {
                    Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .map(l -> l.split("\\|")[0].strip()).forEach(heads::add);
                }
            }
        }
        assertFalse(heads.isEmpty(), list + " found");
        return heads;
    }

    /**
     * Every holiday a report may name: the Jollyday key of each line of every language's holidays.txt, with its
     * days from that holiday as the page looks it up ("christian.EASTER_MONDAY-1" is Easter Sunday). A holiday added
     * to a lexicon fails the test until both catalogues name it.
     */
    private static Set<String> holidayKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String head : heads("holidays.txt")) {
            Matcher m = HOLIDAY_HEAD.matcher(head);
            assertTrue(m.matches(), "holidays.txt: " + head);
            int offset = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            keys.add(m.group(1) + (offset == 0 ? "" : (offset > 0 ? "+" : "") + offset));
        }
        return keys;
    }

    /** Every calendar a report may give a holiday: those of holidays.txt and of holiday-calendars.txt. */
    private static Set<String> calendarKeys() throws IOException {
        Set<String> keys = new TreeSet<>(heads("holiday-calendars.txt"));
        for (String head : heads("holidays.txt")) {
            Matcher m = HOLIDAY_HEAD.matcher(head);
            assertTrue(m.matches(), "holidays.txt: " + head);
            keys.add(m.group(2));
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        Set<String> fr = fieldNames(CATALOGUES.get("fr").get("messages"));
        Set<String> en = fieldNames(CATALOGUES.get("en").get("messages"));
        assertEquals(fr, en, "the same message keys in fr.json and en.json");
        for (String lang : LANGUAGES) {
            CATALOGUES.get(lang).get("messages").fields().forEachRemaining(e ->
                    assertFalse(e.getValue().asText().isBlank(), lang + ": message " + e.getKey() + " is empty"));
        }
        for (String key : fr) {
            assertEquals(placeholders(CATALOGUES.get("en").get("messages").get(key).asText()),
                    placeholders(CATALOGUES.get("fr").get("messages").get(key).asText()), "the same placeholders in " + key);
        }
    }

    /** The {name} placeholders a message fills in. */
    private static Set<String> placeholders(String message) {
        return Pattern.compile("\\{[a-z]+\\}").matcher(message).results().map(m -> m.group())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyKeyOfTheReportIsTranslatedInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, Set<String>> group : expectedValues().entrySet()) {
            for (String lang : LANGUAGES) {
                JsonNode values = CATALOGUES.get(lang).get("values").get(group.getKey());
                for (String key : group.getValue()) {
                    JsonNode value = values == null ? null : values.get(key);
                    if (value == null || value.asText().isBlank()) {
                        missing.add(lang + " " + group.getKey() + "/" + key);
                    } else if (lang.equals("fr") && value.asText().equalsIgnoreCase(key)
                            && !SAME_IN_FRENCH.contains(group.getKey() + "/" + key)) {
                        untranslated.add(group.getKey() + "/" + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys without a translation: " + missing);
        assertTrue(untranslated.isEmpty(), "French values that are the English key: " + untranslated);
    }

    /** One of each kind of resolution, in each of its wordings; a new kind fails the test until it is listed. */
    private static List<Resolution> resolutions() {
        List<Resolution> all = new ArrayList<>(List.of(new Resolution.YearWritten(), new Resolution.YearNearest(-1),
                new Resolution.YearNearest(0), new Resolution.YearNearest(1), new Resolution.YearFittingWeekday(),
                new Resolution.ReferenceDate(), new Resolution.WeekdayNear(true), new Resolution.WeekdayNear(false),
                new Resolution.DaysBeside(3, "du 3 au 5 mai")));
        for (Resolution.NoSuchDay.Why why : Resolution.NoSuchDay.Why.values()) {
            all.add(new Resolution.NoSuchDay(why));
        }
        for (String unit : List.of("day", "week", "month", "year")) {
            for (int n : new int[] {1, 3}) {
                all.add(new Resolution.Counted(n, unit, true));
                all.add(new Resolution.Counted(n, unit, false));
            }
            for (int offset : new int[] {-1, 0, 2}) {
                all.add(new Resolution.CalendarOffset(unit, offset));
            }
        }
        Set<Class<?>> covered = all.stream().map(Object::getClass).collect(Collectors.toSet());
        assertEquals(Set.of(Resolution.class.getPermittedSubclasses()), covered, "every kind of resolution is listed");
        return all;
    }

    @Test
    void everyWordingOfAResolutionHasAPatternInBothLanguages() {
        List<String> wordings = new ArrayList<>(resolutions().stream().map(Resolution::describe).toList());
        wordings.add("no such date"); // ReportBuilder's, for a date that does not exist
        Pattern slack = Pattern.compile(", give or take (\\d+) (days?)$"); // ReportBuilder's suffix, which app.js splits off
        for (String lang : LANGUAGES) {
            JsonNode catalogue = CATALOGUES.get(lang);
            assertTrue(catalogue.get("messages").has("giveOrTake"), lang + ": the give-or-take suffix");
            for (String wording : wordings) {
                for (String described : List.of(wording, wording + ", give or take 4 days", wording + ", give or take 1 day")) {
                    Matcher s = slack.matcher(described);
                    String base = s.find() ? described.substring(0, s.start()) : described;
                    List<JsonNode> matching = new ArrayList<>();
                    catalogue.get("resolutions").forEach(r -> {
                        if (Pattern.compile(r.get("match").asText()).matcher(base).find()) {
                            matching.add(r);
                        }
                    });
                    assertEquals(1, matching.size(), lang + ": one pattern for \"" + described + "\": " + matching);
                    Matcher m = Pattern.compile(matching.get(0).get("match").asText()).matcher(base);
                    assertTrue(m.find());
                    Matcher unit = Pattern.compile("\\{unit:(\\d+)\\}").matcher(matching.get(0).get("text").asText());
                    while (unit.find()) {
                        String word = m.group(Integer.parseInt(unit.group(1)));
                        assertTrue(catalogue.get("values").get("unit").has(word), lang + ": the unit " + word);
                    }
                }
            }
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
