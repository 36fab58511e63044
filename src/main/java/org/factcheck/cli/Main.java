package org.factcheck.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar factcheck-cli.jar <command>}. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks news drafts for inconsistencies: names, titles, dates, figures, quotes, repeats, spellings.")
public final class Main implements Runnable {
    /** The commands, by name, in the order the help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands(CheckCommand.class, EvalCommand.class,
            BenchCommand.class, ServeCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class,
            PasswordCommand.class, DaemonCommand.class, LoadCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Map<String, Class<?>> commands(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return byName;
    }

    /**
     * The command line: all commands, or only the one {@code args} names. Picocli reads every option of every command
     * it is given, a twentieth of a second that a check of one draft need not pay; the help and the errors of an
     * unknown command list them all.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(null, args);
    }

    /** As {@link #commandLine(String...)}, {@code check} run where {@code invocation} says (null: in this process). */
    private static CommandLine commandLine(Invocation invocation, String... args) {
        CommandLine command = new CommandLine(new Main());
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        COMMANDS.forEach((name, type) -> {
            if (named == null || named == type) {
                if (type == CheckCommand.class && invocation != null) {
                    command.addSubcommand(name, new CheckCommand(invocation));
                } else {
                    command.addSubcommand(name, type);
                }
            }
        });
        return command.setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return run(null, args);
    }

    /**
     * Runs the command line and returns its exit status: a {@code check} where {@code invocation} says, its folder
     * and streams (null: this process's); the other commands in this process.
     */
    static int run(Invocation invocation, String... args) {
        CommandLine command = commandLine(invocation, args);
        Invocation where = invocation != null ? invocation : Invocation.here();
        if (invocation != null) {
            command.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(invocation.out(),
                    java.nio.charset.StandardCharsets.UTF_8), true));
            command.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(invocation.err(),
                    java.nio.charset.StandardCharsets.UTF_8), true));
        }
        if (args.length > 0 && args[0].equals("check")) {
            // check's defaults from the project's file: named, else found from the working folder up
            Path named = CheckDefaults.named(java.util.Arrays.asList(args));
            Path file = named != null ? named : CheckDefaults.find(where.cwd());
            if (file != null) {
                try {
                    command.getSubcommands().get("check").setDefaultValueProvider(new CheckDefaults(file, where.cwd()));
                } catch (IllegalArgumentException e) {
                    where.err().println("factcheck: " + e.getMessage());
                    return 2;
                }
            }
        }
        return command.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, eval, bench, serve)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"factcheck " + (v != null ? v : "(development build)")};
        }
    }
}
