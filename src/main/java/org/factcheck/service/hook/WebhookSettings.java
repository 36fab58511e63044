package org.factcheck.service.hook;

/**
 * How webhook deliveries are made.
 *
 * @param secret        the shared secret each delivery is signed with (HMAC-SHA256), or null: then no webhook may be
 *                      registered and nothing is sent, never unsigned
 * @param attempts      how many times one delivery is attempted in all, the first included (1 or more)
 * @param backoffMillis the wait before the first retry; each next one waits twice as long, give or take a fifth
 * @param timeoutMillis the time allowed to connect and, separately, for the receiver's answer
 * @param queue         how many deliveries this node holds at most, waiting or between attempts; past it, a new one
 *                      is dropped, logged and counted
 */
public record WebhookSettings(String secret, int attempts, long backoffMillis, long timeoutMillis, int queue) {
    /** Deliveries of a service with no secret: none. */
    public static final WebhookSettings NONE = new WebhookSettings(null, 6, 1000, 5000, 1000);

    public WebhookSettings {
        if (attempts < 1 || backoffMillis < 1 || timeoutMillis < 1 || queue < 1) {
            throw new IllegalArgumentException("webhook attempts, back-off, timeout and queue must be positive");
        }
    }

    /** Whether deliveries can be signed. */
    public boolean signed() {
        return secret != null;
    }

    /** Never the secret itself: settings end up in logs. */
    @Override
    public String toString() {
        return "WebhookSettings[secret=" + (secret == null ? "none" : "set") + ", attempts=" + attempts
                + ", backoffMillis=" + backoffMillis + ", timeoutMillis=" + timeoutMillis + ", queue=" + queue + "]";
    }
}
