package org.factcheck.service.hook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What may be registered as a webhook: an absolute http or https URL with a host, no credentials, no fragment. */
public final class WebhookUrl {
    /** The longest URL kept (the column's size). */
    public static final int MAX_LENGTH = 2048;

    private WebhookUrl() {
    }

    /**
     * The URL, checked.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static String validate(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("'url' is required: an absolute http or https URL");
        }
        String u = url.strip();
        if (u.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("'url' is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'url' is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("'url' must be an absolute http or https URL, such as"
                    + " https://cms.example.org/hooks/factcheck, not '" + u + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'url' names no host: '" + u + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'url' must carry no user name or password: deliveries are signed"
                    + " (X-Factcheck-Signature), and a URL is shown and logged");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'url' must have no fragment (#…)");
        }
        return u;
    }
}
