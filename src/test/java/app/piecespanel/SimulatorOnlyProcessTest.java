package app.piecespanel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --simulator-only} as a person runs it: a separate process that serves until SIGTERM, then lets go. */
class SimulatorOnlyProcessTest {

    @Test
    void servesTheCurrentGenerationUntilTerminatedThenReleasesThePort() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "app.piecespanel.Launcher", "--simulator-only", "--port", "0", "--scenario", "update-available"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertNotNull(first, "the simulator printed where it serves");
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(first);
            assertTrue(m.find(), first);
            assertTrue(first.contains("update-available"), first);
            URI base = URI.create(m.group());

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/.well-known/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().startsWith("ok"), health.body());

            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "it stopped on SIGTERM");
            assertThrows(ConnectException.class, () -> http.send(
                    HttpRequest.newBuilder(base.resolve("/.well-known/health")).build(), HttpResponse.BodyHandlers.ofString()));
        } finally {
            p.destroyForcibly();
        }
    }
}
