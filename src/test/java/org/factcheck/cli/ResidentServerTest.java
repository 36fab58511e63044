package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.factcheck.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident checker, run in this JVM and asked through the client's own code: a check it does prints what the
 * same check in the client's process prints, from the client's folder, with its input and environment.
 */
class ResidentServerTest {
    @TempDir
    Path dir;
    private Resident.Place place;
    private ResidentServer server;
    private Thread serving;

    @BeforeEach
    void start() throws IOException {
        place = new Resident.Place(dir.resolve("daemon"), "checker-test");
        place.make();
        server = new ResidentServer(place.socket(), null, Duration.ofMinutes(10));
        serving = serving(server);
    }

    /** A thread serving {@code server}'s clients, started. */
    private static Thread serving(ResidentServer server) {
        Thread t = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
        serving.join(10_000);
    }

    /** A check through the resident checker as in {@code cwd}: its status and streams. */
    private CliRun remote(Path cwd, Map<String, String> environment, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Integer status = ResidentClient.check(ResidentClient.connect(place), place, cwd.toAbsolutePath(), args,
                environment, false, stdin, out, err);
        assertNotNull(status, "no answer");
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private CliRun remote(String... args) {
        return remote(Path.of(""), Map.of(), null, args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aCheckPrintsWhatTheSameCheckInTheClientsProcessPrints() throws IOException {
        Path fr = write("copy/fr.txt", "Le ministre Jean Dufresne a parlé lundi 3 mars. Puis Jean Dufrène a répondu.\n"
                + "Tout est prêt' a déclaré la maire.\n");
        write("copy/sport/en.md", "Coach Maria Delgado said on Monday, March 4, that the team was ready.\n");
        String rules = CliRun.projectRules();
        String[][] runs = {
            {"check", "--rules", rules, "--date", "2025-03-05", fr.toString()},
            {"check", "--rules", rules, "--date", "2025-03-05", "--format", "json", fr.toString()},
            {"check", "--rules", rules, "--date", "2025-03-05", "--format", "junit", dir.resolve("copy").toString()},
            {"check", "--rules", rules, dir.resolve("copy/none.txt").toString()},
            {"check", "--rules", rules, "--lang", "xx", fr.toString()},
            {"check", "--bogus"},
        };
        for (String[] args : runs) {
            CliRun here = CliRun.of(args);
            CliRun there = remote(args);
            assertEquals(here, there, String.join(" ", args));
        }
        assertTrue(remote(runs[0]).out().contains("quote.unopened"), "the check found what it finds in process");
    }

    @Test
    void anOutputThatCanNoLongerBeWrittenIsLeftAndTheStatusStillComes() throws IOException {
        Path draft = write("d.txt", "Tout est prêt' a déclaré la maire lundi.\n");
        java.io.OutputStream closed = new java.io.OutputStream() { // a pipe whose reader went away
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Integer status = ResidentClient.check(ResidentClient.connect(place), place, Path.of("").toAbsolutePath(),
                new String[] {"check", "--rules", CliRun.projectRules(), "--date", "2025-11-25", draft.toString()},
                Map.of(), false, null, closed, err);
        assertEquals(1, status, "the check's own status, as in process");
        assertEquals("", err.toString(StandardCharsets.UTF_8), "not said to have stopped");
    }

    @Test
    void itRunsCheckAlone() {
        CliRun r = remote("serve", "--port", "8099");
        assertEquals(2, r.status());
        assertEquals("factcheck: the resident checker runs check alone\n", r.err());
    }

    @Test
    void relativePathsAreReadFromTheClientsFolderAndNamedAsTheClientWroteThem() throws IOException {
        write("copy/a.txt", "Le conseil a voté le budget.\nTout est prêt' a dit la maire.\n");
        write("copy/sport/b.txt", "Le club a gagné dimanche.\nC'est fini' a dit l'entraîneur.\n");
        CliRun r = remote(dir, Map.of(), null, "check", "--rules", CliRun.projectRules(), "--date", "2025-11-25",
                "copy");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("copy/a.txt:2:14: error QUOTE quote.unopened"), r.out());
        assertTrue(r.out().contains("\ncopy/sport/b.txt:2:"), r.out());
        CliRun glob = remote(dir.resolve("copy"), Map.of(), null, "check", "--rules", CliRun.projectRules(),
                "--date", "2025-11-25", "*/*.txt");
        assertTrue(glob.out().startsWith("sport/b.txt:2:"), glob.out());
    }

    @Test
    void aRulesFolderNamedByARelativePathIsNamedAsWrittenInItsMessages() throws IOException {
        write("d.txt", "Tout est prêt' a déclaré la maire lundi.\n");
        CliRun missing = remote(dir, Map.of(), null, "check", "--rules", "no-such-rules", "d.txt");
        assertEquals(2, missing.status());
        assertEquals("factcheck: rules folder no-such-rules is not a directory\n", missing.err());
        Path rules = TestSupport.copyOfRules(dir.resolve("own-rules"));
        Files.writeString(rules.resolve("quote.drl"), "\nrule \"broken\" when then x( end\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun broken = remote(dir, Map.of("FACTCHECK_RULES", "own-rules"), null, "check", "d.txt");
        assertEquals(2, broken.status());
        assertTrue(broken.err().startsWith("factcheck: rules in own-rules cannot be loaded:\n  quote.drl:"),
                broken.err());
    }

    @Test
    void standardInputAndTheEnvironmentAreTheClients() throws IOException {
        byte[] text = "Tout est prêt' a déclaré la maire lundi.\n".getBytes(StandardCharsets.UTF_8);
        CliRun r = remote(dir, Map.of("FACTCHECK_RULES", TestSupport.projectDir().resolve("rules").toString()), text,
                "check", "--date", "2025-11-25", "-");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().startsWith("-:1:14: error QUOTE quote.unopened"), r.out());
        // a relative FACTCHECK_RULES is read from the client's folder
        Path rules = TestSupport.copyOfRules(dir.resolve("own-rules"));
        Files.writeString(rules.resolve("fr/messages.properties"), "\nquote.unopened=MESSAGE OF THIS FOLDER\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CliRun own = remote(dir, Map.of("FACTCHECK_RULES", "own-rules"), text, "check", "--date", "2025-11-25", "-");
        assertTrue(own.out().contains("quote.unopened: MESSAGE OF THIS FOLDER"), own.out());
    }

    @Test
    void aRulesFolderIsLoadedOnceAndAgainWhenAFileInItChanges() throws Exception {
        Path rules = TestSupport.copyOfRules(dir.resolve("rules"));
        Path draft = write("d.txt", "Tout est prêt' a déclaré la maire lundi.\n");
        String[] args = {"check", "--rules", rules.toString(), "--date", "2025-11-25", draft.toString()};
        assertTrue(remote(args).out().contains("quote.unopened"));
        assertTrue(remote(args).out().contains("quote.unopened"));
        assertTrue(status().contains("rules loaded 1 times"), status());
        Path messages = rules.resolve("fr/messages.properties");
        Files.writeString(messages, "\nquote.unopened=EDITED\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(messages, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        CliRun edited = remote(args);
        assertTrue(edited.out().contains("quote.unopened: EDITED"), edited.out());
        assertTrue(status().contains("rules loaded 2 times"), status());
        // a folder that no longer compiles is refused, as in process, and the next good one is read again
        Files.writeString(rules.resolve("quote.drl"), "\nrule \"broken\" when then x( end\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun broken = remote(args);
        assertEquals(2, broken.status());
        assertTrue(broken.err().contains("cannot be loaded"), broken.err());
    }

    private String status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, ResidentClient.ask(place, Resident.STATUS, out, new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void itStopsWhenAskedAndItsSocketGoes() throws Exception {
        assertTrue(status().startsWith("resident checker: pid " + ProcessHandle.current().pid()), status());
        assertEquals(0, ResidentClient.ask(place, Resident.STOP, new ByteArrayOutputStream(),
                new ByteArrayOutputStream()));
        serving.join(10_000);
        assertFalse(serving.isAlive(), "stopped");
        assertFalse(Files.exists(place.socket()));
        assertNull(ResidentClient.connect(place));
    }

    @Test
    void itStopsAfterItsIdleTimeAndWhenItsJarChanges() throws Exception {
        Resident.Place idle = new Resident.Place(place.folder(), "checker-idle");
        Thread t = serving(new ResidentServer(idle.socket(), null, Duration.ofSeconds(1)));
        t.join(15_000);
        assertFalse(t.isAlive(), "stopped after a second without a check");
        assertFalse(Files.exists(idle.socket()));

        Path jar = Files.writeString(dir.resolve("a.jar"), "a build");
        Resident.Place built = new Resident.Place(place.folder(), "checker-jar");
        Thread w = serving(new ResidentServer(built.socket(), jar, Duration.ofMinutes(10)));
        try (java.nio.channels.SocketChannel idleClient = ResidentClient.connect(built)) {
            assertNotNull(idleClient, "listening");
            Files.writeString(jar, "another build"); // (a client connected that sends nothing does not hold it)
            w.join(15_000);
        }
        assertFalse(w.isAlive(), "stopped when its jar changed");
    }

    @Test
    void oneThatCannotStartIsNotTriedAgainForAWhile() throws IOException {
        Resident.Place broken = new Resident.Place(place.folder(), "checker-broken");
        Path notAJar = Files.writeString(dir.resolve("not-a.jar"), "no classes here");
        assertNull(ResidentClient.start(broken, notAJar), "its Java found no class to run");
        assertTrue(Files.exists(broken.failed()));
        assertTrue(Files.exists(broken.log()), "started once");
        Files.delete(broken.log());
        assertNull(ResidentClient.start(broken, notAJar));
        assertFalse(Files.exists(broken.log()), "not started again");
        Files.setLastModifiedTime(broken.failed(), FileTime.from(java.time.Instant.now()
                .minus(ResidentClient.RETRY_AFTER).minusSeconds(1)));
        assertNull(ResidentClient.start(broken, notAJar));
        assertTrue(Files.exists(broken.log()), "tried again after a while");
    }

    @Test
    void itsFolderIsItsOwnersAlone() throws IOException {
        Resident.Place open = new Resident.Place(dir.resolve("open"), "checker-x");
        Files.createDirectory(open.folder(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open.folder(), PosixFilePermissions.fromString("rwxrwxrwx"));
        IOException e = assertThrows(IOException.class, open::make);
        assertTrue(e.getMessage().contains("is not this user's alone"), e.getMessage());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place.folder())));
    }

    @Test
    void theKeyOfAPlaceChangesWithTheBuildOfTheJar() throws IOException {
        Path jar = Files.writeString(dir.resolve("b.jar"), "one build");
        String first = Resident.place(jar, dir).key();
        assertEquals(first, Resident.place(jar, dir).key());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertFalse(first.equals(Resident.place(jar, dir).key()));
        assertEquals(dir.resolve("daemon"), Resident.place(jar, dir).folder());
    }
}
