package app.piecespanel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line other tools and people rely on. */
class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsThePomVersion() {
        assertEquals(0, run("--version"));
        String expected = System.getProperty("expected.version");
        assertTrue(expected != null && !expected.isBlank(), "surefire passes the pom's version");
        assertEquals("Pieces OS Control Panel " + expected, out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--version", "--help", "--simulator-only", "--simulator", "--port", "--scenario",
                "--generation", "--doctor", "--url"}) {
            assertTrue(text.contains(option), option);
        }
    }

    @Test
    void anUnknownOptionIsAOneLineErrorTheUsageAndExitCode2() {
        assertEquals(2, run("--frobnicate"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().findFirst().orElse("").contains("unknown option '--frobnicate'"), text);
        assertTrue(text.contains("Usage:"), text);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badValuesAreRefusedWithTheReason() {
        assertEquals(2, run("--simulator-only", "--port", "seventy"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port needs a number"));
        assertEquals(2, run("--simulator-only", "--generation", "future"));
        assertEquals(2, run("--simulator-only", "--scenario", "no-such-scenario"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-scenario"));
        assertEquals(2, run("--doctor", "--url", "ftp://example"));
    }
}
