package org.factcheck.service.hook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code sha256=} and the hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, of the
 * timestamp header's value (decimal Unix seconds, ASCII), a full stop, and the body's exact bytes. Signing the
 * timestamp with the body lets a receiver refuse an old delivery replayed with a fresh timestamp.
 */
public final class WebhookSignature {
    /** The header that carries the signature. */
    public static final String HEADER = "X-Factcheck-Signature";
    /** The header that carries the time of the attempt, in Unix seconds; signed with the body. */
    public static final String TIMESTAMP_HEADER = "X-Factcheck-Timestamp";
    /** The header that carries the delivery's id, the same in each attempt of one delivery. */
    public static final String DELIVERY_HEADER = "X-Factcheck-Delivery";
    /** The header that names the event ({@code check.stored}). */
    public static final String EVENT_HEADER = "X-Factcheck-Event";

    private WebhookSignature() {
    }

    /** {@code sha256=<hex>} of {@code timestamp + "." + body} with {@code secret}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
