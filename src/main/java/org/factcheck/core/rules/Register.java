package org.factcheck.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factcheck.core.text.TextFold;
import org.factcheck.core.facts.RegisterEntry;

/**
 * The newsroom register: {@code register.json} at the root of the rules folder, optional. It lists people with
 * their canonical name, the variants the newsroom accepts and their roles (keys of the {@code roles} lists):
 * <pre>
 * {"persons": [
 *   {"name": "Antony Blinken", "variants": ["Tony Blinken"], "roles": ["secretary-of-state"]},
 *   {"name": "Xi Jinping", "surnameFirst": true, "roles": ["president"]}
 * ]}
 * </pre>
 */
public final class Register {
    public static final String FILE = "register.json";

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Entry(String name, List<String> variants, List<String> roles, Boolean surnameFirst) {
    }

    record File(List<Entry> persons) {
    }

    private Register() {
    }

    /** The entries of the register in {@code root}; none when it has no register file. */
    public static List<RegisterEntry> load(Path root, List<String> problems) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        File parsed;
        try {
            parsed = mapper.readValue(Files.readString(file), File.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            problems.add(FILE + ":" + line + ": " + e.getOriginalMessage());
            return List.of();
        }
        List<RegisterEntry> out = new ArrayList<>();
        if (parsed == null || parsed.persons() == null) {
            problems.add(FILE + ": expected an object with a \"persons\" array");
            return List.of();
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
        return List.copyOf(out);
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
