package org.factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class MainTest {
    private static final List<String> ALL = List.of("check", "eval", "bench", "serve", "backup", "restore", "compact",
            "password", "daemon", "load");

    private static List<String> commands(String... args) {
        return List.copyOf(Main.commandLine(args).getSubcommands().keySet());
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneBuiltAndAnyOtherStartGetsThemAll() {
        assertEquals(List.of("check"), commands("check", "draft.txt"));
        assertEquals(List.of("serve"), commands("serve", "--port", "8081"));
        assertEquals(ALL, commands());
        assertEquals(ALL, commands("--help"));
        assertEquals(ALL, commands("chek", "draft.txt"), "an unknown command is told the ones there are");
        assertEquals(ALL, commands("draft.txt", "check"));
    }

    @Test
    void theSettingsOfTheWholeTreeReachTheCommandBuiltAlone() {
        CommandLine check = Main.commandLine("check").getSubcommands().get("check");
        assertEquals(true, check.isCaseInsensitiveEnumValuesAllowed());
        assertEquals("factcheck check", check.getCommandSpec().qualifiedName());
    }
}
