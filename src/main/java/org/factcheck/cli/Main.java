package org.factcheck.cli;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar factcheck-cli.jar <command>}. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks news drafts for inconsistencies: names, titles, dates, figures, quotes, repeats, spellings.",
        subcommands = {CheckCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class, BackupCommand.class,
                RestoreCommand.class, CompactCommand.class, PasswordCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        CommandLine command = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        if (args.length > 0 && args[0].equals("check")) {
            // check's defaults from the project's file: named, else found from the working folder up
            Path named = CheckDefaults.named(java.util.Arrays.asList(args));
            Path file = named != null ? named : CheckDefaults.find(Path.of(""));
            if (file != null) {
                try {
                    command.getSubcommands().get("check").setDefaultValueProvider(new CheckDefaults(file));
                } catch (IllegalArgumentException e) {
                    System.err.println("factcheck: " + e.getMessage());
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
