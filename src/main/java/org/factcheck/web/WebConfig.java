package org.factcheck.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;

import org.factcheck.service.CheckService;
import org.factcheck.service.hook.WebhookSettings;

/**
 * The service's settings. Each is read, in order, from a system property ({@code factcheck.data}), an environment
 * variable ({@code FACTCHECK_DATA}: the property's name in capitals, dots as underscores) and a servlet context
 * parameter of the property's name; else its default.
 *
 * @param rules          the rules folder, or null for the packaged rules ({@code factcheck.rules})
 * @param data           the data folder, where the embedded database lives ({@code factcheck.data}; default
 *                       {@code factcheck-data} in the user's home)
 * @param jndi           the JNDI name of a container DataSource ({@code factcheck.db.jndi}; default
 *                       {@code java:comp/env/jdbc/factcheck}, used when the container binds it)
 * @param dbUrl          a JDBC URL (PostgreSQL: {@code jdbc:postgresql://host/db}), used when no container DataSource
 *                       is bound ({@code factcheck.db.url}); default: H2 in the data folder
 * @param dbUser         its user ({@code factcheck.db.user})
 * @param dbPassword     its password ({@code factcheck.db.password})
 * @param maxUploadBytes the largest draft accepted, in bytes ({@code factcheck.max-upload-bytes}; default 10 MB): past
 *                       it, 413
 * @param maxTextChars   the longest extracted text accepted ({@code factcheck.max-text-chars}; default 200,000):
 *                       past it, 422
 * @param apiTokenSha256 the SHA-256 (hex) of the API token a CMS sends as {@code Authorization: Bearer}: from
 *                       {@code factcheck.api-token-sha256}, else hashed at start-up from {@code factcheck.api-token}
 *                       ({@code FACTCHECK_API_TOKEN}); null when none is configured. Only the hash is kept. The
 *                       token has the role {@code editor}.
 * @param adminTokenSha256 the same for the admin token ({@code factcheck.admin-token-sha256}, else
 *                       {@code factcheck.admin-token}, {@code FACTCHECK_ADMIN_TOKEN}), which has the role
 *                       {@code admin}: rules reloads. Null when none is configured.
 * @param reloadIntervalSeconds the least time between two reloads of the rules ({@code factcheck.reload-interval-seconds};
 *                       default 5): a reload asked sooner, or while one runs, gets 429
 * @param checksPerMinute how many drafts one address may submit a minute ({@code factcheck.checks-per-minute};
 *                       default 0, no limit: the service listens on 127.0.0.1 unless told otherwise); past it, 429
 * @param retentionDays  how many days a check is kept ({@code factcheck.retention-days}; default 0, for ever): a purge
 *                       at start and every day deletes older ones, but each document's newest revision, keeping the
 *                       decisions
 * @param parseWorkers   how many child processes read the drafts' files ({@code factcheck.parse-workers}; default 2):
 *                       a hostile file exhausts or crashes one of them, not the service; 0 reads them in the
 *                       service's own process
 * @param parseMemoryMb  each child's heap, in MB ({@code factcheck.parse-memory-mb}; default 256): a file that needs
 *                       more is refused as too large
 * @param corsOrigins    the origins whose pages may call the API ({@code factcheck.cors-origins}: comma-separated,
 *                       such as {@code https://cms.example.org}; default none)
 * @param webhook        the webhook's deliveries: {@code factcheck.webhook-secret} (none: no webhook may be
 *                       registered; at least 16 characters), {@code factcheck.webhook-attempts} (6),
 *                       {@code factcheck.webhook-backoff-ms} (1000), {@code factcheck.webhook-timeout-ms} (5000),
 *                       {@code factcheck.webhook-queue} (1000)
 * @param rulesPollSeconds how often a node reads the rules' generation in the database, in seconds
 *                       ({@code factcheck.rules-poll-seconds}; default 5; 0 never): when another node sharing the
 *                       database reloaded its rules, this node reloads its own rules folder
 * @param checksAtOnce   how many checks run at once ({@code factcheck.checks-at-once}; default
 *                       {@link CheckService#defaultChecksAtOnce()}): the others wait their turn
 */
public record WebConfig(Path rules, Path data, String jndi, String dbUrl, String dbUser, String dbPassword,
                        long maxUploadBytes, int maxTextChars, String apiTokenSha256, String adminTokenSha256,
                        int reloadIntervalSeconds, int checksPerMinute, int retentionDays, int parseWorkers,
                        int parseMemoryMb, java.util.Set<String> corsOrigins, WebhookSettings webhook,
                        int rulesPollSeconds, int checksAtOnce) {
    /** The shortest webhook secret accepted. */
    static final int MIN_WEBHOOK_SECRET = 16;

    public static final String DEFAULT_JNDI = "java:comp/env/jdbc/factcheck";

    /** Reads the settings; {@code contextParameter} gives a servlet context parameter, or null. */
    public static WebConfig read(Function<String, String> contextParameter) {
        Function<String, String> get = name -> setting(name, contextParameter);
        String rules = get.apply("factcheck.rules");
        String data = get.apply("factcheck.data");
        String apiToken = tokenHash(get.apply("factcheck.api-token"), get.apply("factcheck.api-token-sha256"));
        String adminToken = tokenHash(get.apply("factcheck.admin-token"), get.apply("factcheck.admin-token-sha256"));
        if (apiToken != null && apiToken.equals(adminToken)) {
            throw new IllegalArgumentException("factcheck.api-token and factcheck.admin-token must differ: a CMS's token"
                    + " would reload the rules");
        }
        return new WebConfig(
                rules == null ? null : Paths.get(rules),
                data == null ? Paths.get(System.getProperty("user.home"), "factcheck-data") : Paths.get(data),
                orDefault(get.apply("factcheck.db.jndi"), DEFAULT_JNDI),
                get.apply("factcheck.db.url"), get.apply("factcheck.db.user"), get.apply("factcheck.db.password"),
                number("factcheck.max-upload-bytes", get.apply("factcheck.max-upload-bytes"), 10L * 1024 * 1024),
                (int) number("factcheck.max-text-chars", get.apply("factcheck.max-text-chars"), 200_000),
                apiToken, adminToken,
                (int) number("factcheck.reload-interval-seconds", get.apply("factcheck.reload-interval-seconds"), 5),
                (int) count("factcheck.checks-per-minute", get.apply("factcheck.checks-per-minute")),
                (int) count("factcheck.retention-days", get.apply("factcheck.retention-days")),
                (int) count("factcheck.parse-workers", get.apply("factcheck.parse-workers"), 2),
                (int) number("factcheck.parse-memory-mb", get.apply("factcheck.parse-memory-mb"), 256),
                origins(get.apply("factcheck.cors-origins")),
                webhook(get),
                (int) count("factcheck.rules-poll-seconds", get.apply("factcheck.rules-poll-seconds"), 5),
                (int) Math.min(Integer.MAX_VALUE, number("factcheck.checks-at-once", get.apply("factcheck.checks-at-once"),
                        CheckService.defaultChecksAtOnce())));
    }

    /** The webhook's settings; a secret shorter than {@link #MIN_WEBHOOK_SECRET} stops the start. */
    private static WebhookSettings webhook(Function<String, String> get) {
        String secret = get.apply("factcheck.webhook-secret");
        if (secret != null && secret.length() < MIN_WEBHOOK_SECRET) {
            throw new IllegalArgumentException("factcheck.webhook-secret must be at least " + MIN_WEBHOOK_SECRET
                    + " characters (32 random bytes in hex, from openssl rand -hex 32, are a good secret)");
        }
        long attempts = number("factcheck.webhook-attempts", get.apply("factcheck.webhook-attempts"), 6);
        if (attempts > 20) {
            throw new IllegalArgumentException("factcheck.webhook-attempts must be from 1 to 20, not " + attempts);
        }
        return new WebhookSettings(secret, (int) attempts,
                number("factcheck.webhook-backoff-ms", get.apply("factcheck.webhook-backoff-ms"), 1000),
                number("factcheck.webhook-timeout-ms", get.apply("factcheck.webhook-timeout-ms"), 5000),
                (int) Math.min(Integer.MAX_VALUE,
                        number("factcheck.webhook-queue", get.apply("factcheck.webhook-queue"), 1000)));
    }

    /**
     * The origins of a comma-separated list, each a scheme, a host and maybe a port, as browsers send them in
     * {@code Origin}; {@code *} and paths are refused, since an API that takes tokens answers named sites only.
     */
    private static java.util.Set<String> origins(String list) {
        if (list == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String o : list.split(",")) {
            String origin = o.strip();
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("factcheck.cors-origins: '" + origin + "' is not an origin such as"
                        + " https://cms.example.org (a scheme and a host, maybe a port; no path, no *)");
            }
            out.add(origin);
        }
        return java.util.Set.copyOf(out);
    }

    /** A token's SHA-256, given as such ({@code hash}) or from the token itself; null when neither is. */
    private static String tokenHash(String token, String hash) {
        return hash != null ? hash.toLowerCase(Locale.ROOT) : token == null ? null : sha256(token);
    }

    /** The setting's value from the system property, the environment, the context; blank counts as absent. */
    static String setting(String name, Function<String, String> contextParameter) {
        String env = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        for (String v : new String[] {System.getProperty(name), System.getenv(env),
                contextParameter == null ? null : contextParameter.apply(name)}) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static long number(String name, String v, long d) {
        if (v == null) {
            return d;
        }
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + v + "'");
        }
    }

    /** A whole number of 0 or more; 0 when absent. */
    private static long count(String name, String v) {
        return count(name, v, 0);
    }

    /** A whole number of 0 or more; {@code absent} when absent. */
    private static long count(String name, String v, long absent) {
        if (v == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + v + "'");
        }
    }

    /** The SHA-256 of a token, in hex: what the configuration keeps and requests are compared with. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
