package org.factcheck.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.text.TextFold;
import org.factcheck.core.facts.RegisterEntry;

/**
 * The newsroom register: {@code register.json} at the root of the rules folder, optional. It lists people with
 * their canonical name, the variants the newsroom accepts and their roles (keys of the {@code roles} lists), and,
 * optionally, the newsroom's own setting of rules ({@code "rules"}: a severity, {@code info}, {@code warning} or
 * {@code error}, or {@code on} / {@code off}), which {@link RuleSet} applies over the DRL's metadata:
 * <pre>
 * {"persons": [
 *   {"name": "Antony Blinken", "variants": ["Tony Blinken"], "roles": ["secretary-of-state"]},
 *   {"name": "Xi Jinping", "surnameFirst": true, "roles": ["president"]}
 * ],
 *  "rules": {"spelling.capital-accent": "warning", "quote.no-speaker": "on"}}
 * </pre>
 */
public final class Register {
    public static final String FILE = "register.json";
    /** What the register may set a rule to. */
    public static final List<String> SETTINGS = List.of("info", "warning", "error", "on", "off");

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Entry(String name, List<String> variants, List<String> roles, Boolean surnameFirst) {
    }

    record File(List<Entry> persons, Map<String, String> rules) {
    }

    /** What the register holds: its persons, and its settings of rules by rule id (empty without any). */
    public record Contents(List<RegisterEntry> persons, Map<String, String> rules) {
        public Contents {
            persons = List.copyOf(persons);
            rules = Map.copyOf(rules);
        }
    }

    private Register() {
    }

    /** The entries of the register in {@code root}; none when it has no register file. */
    public static List<RegisterEntry> load(Path root, List<String> problems) throws IOException {
        return read(root, problems).persons();
    }

    /** The register in {@code root}, persons and settings of rules; empty when it has no register file. */
    public static Contents read(Path root, List<String> problems) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Contents(List.of(), Map.of());
        }
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        File parsed;
        try {
            parsed = mapper.readValue(Files.readString(file), File.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            problems.add(FILE + ":" + line + ": " + e.getOriginalMessage());
            return new Contents(List.of(), Map.of());
        }
        List<RegisterEntry> out = new ArrayList<>();
        if (parsed == null || parsed.persons() == null) {
            problems.add(FILE + ": expected an object with a \"persons\" array");
            return new Contents(List.of(), Map.of());
        }
        int n = 0;
        for (Entry e : parsed.persons()) {
            n++;
            if (e == null || e.name() == null || key(e.name()).indexOf(' ') < 0) {
                problems.add(FILE + ": person " + n + ": \"name\" must be a full name (two parts or more)");
                continue;
            }
            String key = key(e.name());
            String[] parts = key.split(" ");
            String surname = Boolean.TRUE.equals(e.surnameFirst()) ? parts[0] : parts[parts.length - 1];
            List<String> variants = new ArrayList<>();
            for (String v : e.variants() != null ? e.variants() : List.<String>of()) {
                variants.add(key(v));
            }
            out.add(new RegisterEntry(e.name(), key, surname, variants, e.roles() != null ? e.roles() : List.of()));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        if (parsed.rules() != null) {
            parsed.rules().forEach((id, setting) -> {
                if (setting == null || !SETTINGS.contains(setting)) {
                    problems.add(FILE + ": rules: \"" + id + "\" is set to " + (setting == null ? "null" : "\"" + setting
                            + "\"") + "; expected one of " + SETTINGS);
                } else {
                    rules.put(id, setting);
                }
            });
        }
        return new Contents(out, rules);
    }

    /** A name folded as person keys are: parts lower case without accents, initials and periods left out. */
    static String key(String name) {
        List<String> parts = new ArrayList<>();
        for (String w : TextFold.fold(name).split("[\\s]+")) {
            String p = w.replaceAll("[.,]", "");
            if (p.length() > 1 || !p.isEmpty() && !Character.isLetter(p.charAt(0))) {
                parts.add(p);
            }
        }
        return String.join(" ", parts);
    }
}
