package org.factcheck.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

/** The body read within its limit, and the rest of a refused one read and dropped within a budget. */
class BodiesTest {

    @Test
    void aBodyWithinTheBudgetIsReadToItsEnd() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[40_000]);
        assertTrue(Bodies.drain(in, 40_000));
        assertEquals(0, in.available());
        assertTrue(Bodies.drain(new ByteArrayInputStream(new byte[0]), 0));
    }

    @Test
    void aBodyPastTheBudgetIsReadOneBytePastItAndNoFurther() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[100_000]);
        assertFalse(Bodies.drain(in, 40_000));
        assertEquals(100_000 - 40_001, in.available());
        ByteArrayInputStream justOver = new ByteArrayInputStream(new byte[40_001]);
        assertFalse(Bodies.drain(justOver, 40_000));
        assertEquals(0, justOver.available());
    }

    @Test
    void aBodyPastItsLimitIsRefusedAfterItsRestIsDrainedWithinTheBudget() throws Exception {
        byte[] ok = "Le conseil a voté.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertArrayEquals(ok, Bodies.read(new ByteArrayInputStream(ok), ok.length));

        long total = 3 * Bodies.DRAIN_BYTES;
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[(int) total]);
        ApiException e = assertThrows(ApiException.class, () -> Bodies.read(in, 1_000));
        assertEquals(413, e.status());
        long consumed = total - in.available();
        assertTrue(consumed > Bodies.DRAIN_BYTES && consumed <= 1_000 + 16_384 + Bodies.DRAIN_BYTES + 1,
                "read " + consumed + " bytes");
    }
}
