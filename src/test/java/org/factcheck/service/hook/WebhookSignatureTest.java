package org.factcheck.service.hook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The signature against the README's test vector, the URLs a webhook may have, the waits between attempts. */
class WebhookSignatureTest {
    @Test
    void theSignatureIsTheHmacOfTheTimestampAFullStopAndTheBody() {
        // computed apart: { printf '%s.' 1700000000; printf '{"a":1}'; } | openssl dgst -sha256 -hmac s3cret-s3cret-s3cret
        assertEquals("sha256=79a6c445ff099c53dc2ea6b6df3e4609699187aa67857a2783882ea8fd1e5c11",
                WebhookSignature.sign("s3cret-s3cret-s3cret", 1700000000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAreWebhooks() {
        assertEquals("https://cms.example.org/hooks/factcheck?desk=1",
                WebhookUrl.validate(" https://cms.example.org/hooks/factcheck?desk=1 "));
        assertEquals("http://127.0.0.1:8081/hook", WebhookUrl.validate("http://127.0.0.1:8081/hook"));
        assertEquals("HTTPS://[::1]:9000/", WebhookUrl.validate("HTTPS://[::1]:9000/"));
        for (String bad : List.of("ftp://cms.example.org/", "mailto:desk@example.org", "//cms.example.org/hook",
                "https:///path", "https://u:p@cms.example.org/", "https://cms.example.org/#top", "http://a b/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebhookUrl.validate(bad), bad);
            assertTrue(e.getMessage().startsWith("'url'"), e.getMessage());
        }
    }

    @Test
    void theWaitsDoubleWithAFifthOfJitterAndHonourRetryAfter() {
        try (Webhooks hooks = new Webhooks(null, new WebhookSettings("0123456789abcdef", 6, 1000, 5000, 10))) {
            for (int run = 0; run < 200; run++) {
                long previous = 0;
                for (int attempt = 1; attempt <= 5; attempt++) {
                    long d = hooks.delay(attempt, OptionalLong.empty());
                    long base = 1000L << (attempt - 1);
                    assertTrue(d >= base * 8 / 10 && d < base * 12 / 10, attempt + ": " + d);
                    assertTrue(d > previous, "the waits grow");
                    previous = d;
                }
            }
            assertEquals(30_000, hooks.delay(1, OptionalLong.of(30_000)), "Retry-After is waited for");
            assertEquals(600_000, hooks.delay(1, OptionalLong.of(3_600_000)), "at most ten minutes");
            assertEquals(600_000, hooks.delay(20, OptionalLong.empty()));
        }
    }
}
