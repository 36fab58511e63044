package org.factcheck.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code password [--data DIR] [--role ROLE]… USER}: sets an account's password in the accounts file of
 * {@code serve}, as a bcrypt hash, asking for it twice on the terminal (never on the command line, where other users
 * and the shell's history would see it); without a terminal, one line of standard input. A new account needs its
 * roles. A running {@code serve} takes the change within a second.
 */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Set the password of an account of serve (a new account with --role), asked on the terminal.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the password is set", "2:no accounts file, a password too short or not confirmed, a new"
                + " account without --role"})
final class PasswordCommand implements Callable<Integer> {
    /** The fewest characters a password may have. */
    static final int MIN_LENGTH = 10;

    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})", defaultValue = "factcheck-data")
    Path data;

    @Option(names = "--role", paramLabel = "ROLE", split = ",",
            description = "the account's roles, editor or admin (default: those it has)")
    List<String> roles = new ArrayList<>();

    @Parameters(paramLabel = "USER", description = "the account")
    String user;

    @Override
    public Integer call() throws IOException {
        Path file = data.resolve(EmbeddedServer.USERS);
        if (!Files.isRegularFile(file)) {
            System.err.println("factcheck: no accounts file " + file + " (serve writes it at its first start)");
            return 2;
        }
        if (!user.matches("[\\p{L}\\p{N}._@-]+")) {
            System.err.println("factcheck: an account's name is letters, digits and . _ @ - only");
            return 2;
        }
        for (String role : roles) {
            if (!role.equals("editor") && !role.equals("admin")) {
                System.err.println("factcheck: --role " + role + ": the roles are editor and admin");
                return 2;
            }
        }
        String password = ask();
        if (password == null) {
            return 2;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            Accounts.Entry entry = Accounts.entry(lines.get(i));
            if (entry != null && entry.name().equals(user)) {
                lines.set(i, Accounts.line(user, Accounts.hash(password), roles.isEmpty() ? entry.roles() : roles));
                found = true;
            }
        }
        if (!found) {
            if (roles.isEmpty()) {
                System.err.println("factcheck: no account " + user + ": give its roles to create it (--role editor)");
                return 2;
            }
            lines.add(Accounts.line(user, Accounts.hash(password), roles));
        }
        Path next = Files.createTempFile(data, ".users", ".tmp");
        EmbeddedServer.privateToTheUser(next);
        Files.write(next, lines, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println((found ? "set the password of " : "created the account ") + user + " in " + file);
        return 0;
    }

    /** The new password, asked twice on a terminal, or one line of standard input; null (said why) when refused. */
    private static String ask() throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] first = console.readPassword("New password: ");
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                System.err.println("factcheck: the two passwords differ");
                return null;
            }
            password = new String(first);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.strip().length() < MIN_LENGTH) {
            System.err.println("factcheck: a password has " + MIN_LENGTH + " characters at least");
            return null;
        }
        return password.strip();
    }
}
