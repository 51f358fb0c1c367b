package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UpdateFlowTest {
    private PiecesOsSimulator sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void anUpdateIsFoundDownloadedAndInstalledByARestart() {
        sim = PiecesOsSimulator.builder().scenario(Scenario.fromName("update-available"))
                .downloadDuration(Duration.ofMillis(300)).restartDowntime(Duration.ofMillis(300)).build().start();
        SimHttp http = new SimHttp(sim);
        List<JsonNode> answers = new ArrayList<>();
        answers.add(check(http));
        assertEquals("AVAILABLE", answers.get(0).get("status").asString());
        SimHttp.await("the download is ready", Duration.ofSeconds(10), () -> {
            answers.add(check(http));
            return answers.get(answers.size() - 1).get("status").asString().equals("READY_TO_RESTART");
        });
        double last = 0;
        for (JsonNode a : answers.subList(1, answers.size() - 1)) {
            assertEquals("DOWNLOADING", a.get("status").asString());
            double pct = a.get("percentage").doubleValue();
            assertTrue(pct >= last && pct <= 100, "percentage rises: " + answers);
            last = pct;
        }
        assertEquals("12.3.1", sim.version());

        HttpResponse<String> restart = http.get("/os/restart");
        assertEquals(204, restart.statusCode());
        assertEquals("", restart.body());
        int port = sim.port();
        SimHttp.await("PiecesOS is back", Duration.ofSeconds(10), () -> !SimHttp.refuses(port));
        SimHttp fresh = new SimHttp(sim);
        JsonNode after = check(fresh);
        assertEquals("UP_TO_DATE", after.get("status").asString());
        assertTrue(after.has("updated"), "says when it was updated");
        assertEquals("12.4.0", sim.version());
        assertEquals("12.4.0", fresh.get("/.well-known/version").body());
        assertEquals("12.4.0", SimHttp.json(fresh.get("/os/device/information")).get("version").asString());
        assertEquals(Scenario.UP_TO_DATE, sim.scenario());
    }

    @Test
    void theDownloadReportsItsProgressInTheCurrentGeneration() {
        sim = PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE).downloadDuration(Duration.ofHours(1))
                .build().start();
        SimHttp http = new SimHttp(sim);
        assertEquals("AVAILABLE", check(http).get("status").asString());
        JsonNode downloading = check(http);
        assertEquals("DOWNLOADING", downloading.get("status").asString());
        double pct = downloading.get("percentage").doubleValue();
        assertTrue(pct >= 0 && pct < 100, downloading.toString());
    }

    @Test
    void aRestartBeforeTheDownloadIsDoneInstallsNothing() {
        sim = PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE).downloadDuration(Duration.ofHours(1))
                .restartDowntime(Duration.ofMillis(200)).build().start();
        SimHttp http = new SimHttp(sim);
        check(http);
        sim.restartNow();
        int port = sim.port();
        SimHttp.await("PiecesOS is back", Duration.ofSeconds(10), () -> !SimHttp.refuses(port) && sim.isUp());
        assertEquals("12.3.1", sim.version());
        assertEquals("DOWNLOADING", check(new SimHttp(sim)).get("status").asString());
    }

    @Test
    void eachScenarioAnswersItsStatus() {
        sim = PiecesOsSimulator.builder().build().start();
        SimHttp http = new SimHttp(sim);
        assertEquals(Scenario.UP_TO_DATE, sim.scenario());
        assertEquals("UP_TO_DATE", check(http).get("status").asString());
        sim.setScenario(Scenario.fromName("reinstall-required"));
        assertEquals("REINSTALL_REQUIRED", check(http).get("status").asString());
        sim.setScenario(Scenario.fromName("contact-support"));
        assertEquals("CONTACT_SUPPORT", check(http).get("status").asString());
        sim.setScenario(Scenario.fromName("unknown-status"));
        String unknown = check(http).get("status").asString();
        assertFalse(List.of("READY_TO_RESTART", "AVAILABLE", "DOWNLOADING", "UNKNOWN", "UP_TO_DATE",
                "REINSTALL_REQUIRED", "CONTACT_SUPPORT", "UPDATE_VIA_MICROSOFT_STORE").contains(unknown), unknown);
        sim.setScenario(Scenario.UPDATE_AVAILABLE);
        assertEquals("AVAILABLE", check(http).get("status").asString());
        sim.setScenario(Scenario.SIGNED_IN);
        assertTrue(sim.isSignedIn());
        assertEquals("UP_TO_DATE", check(http).get("status").asString());
    }

    @Test
    void scenarioNamesAreTheCommandLineNames() {
        for (Scenario s : Scenario.values()) {
            assertEquals(s, Scenario.fromName(s.cliName()));
            assertEquals(s, Scenario.fromName(s.name()));
        }
        assertEquals("update-available", Scenario.UPDATE_AVAILABLE.cliName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenario.fromName("nope"));
        assertTrue(e.getMessage().contains("update-available"), e.getMessage());
        assertEquals(Generation.SEED, Generation.valueOf("SEED"));
    }

    @Test
    void aRestartCanComeBackOnAnotherPort() {
        sim = PiecesOsSimulator.builder().restartOnNewPort(true).restartDowntime(Duration.ofMillis(1000)).build().start();
        int before = sim.port();
        assertEquals(204, new SimHttp(sim).get("/os/restart").statusCode());
        assertTrue(SimHttp.refuses(before));
        SimHttp.await("PiecesOS is back", Duration.ofSeconds(10), sim::isUp);
        assertNotEquals(before, sim.port());
        assertEquals(sim.port(), sim.baseUri().getPort());
        assertEquals(200, new SimHttp(sim).get("/.well-known/health").statusCode());
        assertTrue(SimHttp.refuses(before), "the old port stays closed");
    }

    @Test
    void aRestartKeepsTheStateAndDropsOpenConnections() throws Exception {
        sim = PiecesOsSimulator.builder().signedIn(true).signInWaitsForCompletion(true)
                .restartDowntime(Duration.ofMillis(200)).build().start();
        SimHttp http = new SimHttp(sim);
        var waiting = http.client().sendAsync(http.postRequest("/os/sign_in", null), HttpResponse.BodyHandlers.ofString());
        assertFalse(sim.awaitAbandoned("/os/sign_in", Duration.ofMillis(100)));
        sim.restartNow();
        assertThrows(Exception.class, () -> waiting.get(5, java.util.concurrent.TimeUnit.SECONDS),
                "a request waiting during the restart loses its connection");
        SimHttp.await("PiecesOS is back", Duration.ofSeconds(10), sim::isUp);
        assertTrue(sim.isSignedIn());
        assertFalse(sim.awaitAbandoned("/os/sign_in", Duration.ZERO), "the server went away, not the client");
    }

    private static JsonNode check(SimHttp http) {
        HttpResponse<String> r = http.post("/os/update/check", "{}");
        assertEquals(200, r.statusCode(), r.body());
        return SimHttp.json(r);
    }
}
