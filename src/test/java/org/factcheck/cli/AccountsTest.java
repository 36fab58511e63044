package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.security.DefaultIdentityService;
import org.factcheck.HandClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's accounts: hashed passwords, never printed, and throttled logins. */
class AccountsTest {
    @TempDir
    Path dir;

    private static Accounts open(Path file, HandClock clock) throws Exception {
        Accounts a = Accounts.open(file, clock);
        a.setIdentityService(new DefaultIdentityService());
        return a;
    }

    @Test
    void aPasswordWrittenInClearIsHashedAtStartAndStillLogsIn() throws Exception {
        Path file = Files.writeString(dir.resolve("users.properties"), "# accounts\neditor: s3cret-pw, editor\n");
        Accounts accounts = open(file, new HandClock());
        String written = Files.readString(file);
        assertFalse(written.contains("s3cret-pw"), written);
        assertTrue(written.contains("editor: BCRYPT:$2a$10$"), written);
        assertTrue(written.startsWith("# accounts\n"), "comments are kept: " + written);
        assertNotNull(accounts.login("editor", "s3cret-pw", null, s -> null));
        assertNull(accounts.login("editor", "other", null, s -> null));
        assertNull(accounts.login("nobody", "s3cret-pw", null, s -> null));
        assertNotNull(open(file, new HandClock()).login("editor", "s3cret-pw", null, s -> null), "read back hashed");
    }

    @Test
    void afterFiveFailuresAnAccountIsRefusedUncheckedUntilTheWindowClears() throws Exception {
        Path file = Files.writeString(dir.resolve("users.properties"), "editor: s3cret-pw, editor\n");
        HandClock clock = new HandClock();
        Accounts accounts = open(file, clock);
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertNull(accounts.login("editor", "guess-" + i, null, s -> null));
        }
        assertNull(accounts.login("editor", "s3cret-pw", null, s -> null), "refused, even with the password");
        clock.advance(Accounts.WINDOW_MINUTES * 60_000L + 1);
        assertNotNull(accounts.login("editor", "s3cret-pw", null, s -> null));
    }

    @Test
    void thePasswordCommandSetsAHashThatARunningServerTakesWithinASecond() throws Exception {
        Path file = Files.writeString(dir.resolve("users.properties"), "# accounts\neditor: old-password-1, editor\n");
        HandClock clock = new HandClock();
        Accounts accounts = open(file, clock);
        assertNotNull(accounts.login("editor", "old-password-1", null, s -> null));

        assertEquals(0, password("new-password-2\n", "password", "--data", dir.toString(), "editor").status());
        String written = Files.readString(file);
        assertFalse(written.contains("new-password-2"), written);
        assertTrue(written.startsWith("# accounts\neditor: BCRYPT:$2a$10$") && written.contains(", editor\n"), written);
        clock.advance(1_000);
        assertNotNull(accounts.login("editor", "new-password-2", null, s -> null), "the new password, read again");
        assertNull(accounts.login("editor", "old-password-1", null, s -> null), "the old one no longer");

        CliRun created = password("a-chief-password\n", "password", "--data", dir.toString(), "--role", "admin,editor",
                "chief");
        assertEquals(0, created.status(), created.err());
        clock.advance(1_000);
        assertNotNull(accounts.login("chief", "a-chief-password", null, s -> null));

        CliRun noRole = password("another-password\n", "password", "--data", dir.toString(), "someone");
        assertEquals(2, noRole.status());
        assertTrue(noRole.err().contains("--role"), noRole.err());
        CliRun tooShort = password("short\n", "password", "--data", dir.toString(), "editor");
        assertEquals(2, tooShort.status());
        assertTrue(tooShort.err().contains("10 characters"), tooShort.err());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
    }

    /** The command line with {@code input} on its standard input (no terminal: one line is read). */
    private static CliRun password(String input, String... args) {
        java.io.InputStream in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            return CliRun.of(args);
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void failuresFromManyAddressesAndUnknownNamesAreKeptInBoundedMemory() throws Exception {
        Path file = Files.writeString(dir.resolve("users.properties"), "editor: s3cret-pw, editor\n");
        HandClock clock = new HandClock();
        Accounts accounts = open(file, clock);
        int addresses = Accounts.MAX_TRACKED + 5_000;
        for (int i = 0; i < addresses; i++) {
            assertNull(accounts.login("nobody-" + i, "guess", "10.0." + i / 256 + "." + i % 256, null, s -> null));
        }
        assertTrue(accounts.tracked() <= Accounts.MAX_TRACKED, "tracked " + accounts.tracked());
        assertTrue(accounts.tracked() > Accounts.MAX_TRACKED / 2, "the newest are kept: " + accounts.tracked());
        assertNull(accounts.login("editor", "guess", "10.0.0.1", null, s -> null));
        clock.advance(Accounts.WINDOW_MINUTES * 60_000L + 1);
        for (int i = 0; i < Accounts.MAX_TRACKED; i++) {
            accounts.login("nobody", "guess", "10.1." + i / 256 + "." + i % 256, null, s -> null);
        }
        clock.advance(Accounts.WINDOW_MINUTES * 60_000L + 1);
        for (int i = 0; i < Accounts.SWEEP_AT; i++) {
            accounts.login("nobody", "guess", "10.2." + i / 256 + "." + i % 256, null, s -> null);
        }
        assertTrue(accounts.tracked() <= Accounts.SWEEP_AT + 1, "the cleared windows are forgotten: "
                + accounts.tracked());
    }

    @Test
    void theFirstStartLeavesThePasswordsInAPrivateFileAndPrintsNone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("FACTCHECK_EDITOR_PASSWORD") == null,
                "FACTCHECK_EDITOR_PASSWORD is set: the first start takes it and writes no password file");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path data = Files.createDirectories(dir.resolve("data"));
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            EmbeddedServer.users(data);
        } finally {
            System.setOut(out);
        }
        Path first = data.resolve(EmbeddedServer.INITIAL_PASSWORDS);
        String passwords = Files.readString(first);
        String editor = passwords.lines().filter(l -> l.startsWith("editor: ")).findFirst().orElseThrow().substring(8);
        assertFalse(printed.toString(StandardCharsets.UTF_8).contains(editor), "no password printed");
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains(first.toString()));
        assertFalse(Files.readString(data.resolve("users.properties")).contains(editor), "kept hashed");
        assertNotNull(open(data.resolve("users.properties"), new HandClock()).login("editor", editor, null, s -> null));
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(first)));
        }
    }
}
