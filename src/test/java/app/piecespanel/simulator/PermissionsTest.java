package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PermissionsTest {
    private PiecesOsSimulator sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void macPermissionsStartOffAndOnlyTheWantedOneIsGranted() {
        sim = PiecesOsSimulator.builder().platform(SimPlatform.MACOS).build().start();
        SimHttp http = new SimHttp(sim);
        JsonNode before = SimHttp.json(http.get("/os/permissions")).get("processing");
        assertFalse(before.get("vision").booleanValue());
        assertFalse(before.get("accessibility").booleanValue());

        JsonNode answer = SimHttp.json(http.post("/os/permissions/request",
                "{\"processing\":{\"vision\":true,\"accessibility\":false}}")).get("processing");
        assertTrue(answer.get("vision").booleanValue());
        assertFalse(answer.get("accessibility").booleanValue());
        JsonNode after = SimHttp.json(http.get("/os/permissions")).get("processing");
        assertTrue(after.get("vision").booleanValue());
        assertFalse(after.get("accessibility").booleanValue());

        assertEquals(400, http.post("/os/permissions/request", "not json").statusCode());
        assertEquals(400, http.post("/os/permissions/request", null).statusCode());
    }

    @Test
    void windowsGrantsAfterThePersonAnswersThePrompt() {
        sim = PiecesOsSimulator.builder().platform(SimPlatform.WINDOWS).permissionGrantDelay(Duration.ofMillis(100))
                .build().start();
        SimHttp http = new SimHttp(sim);
        JsonNode answer = SimHttp.json(http.post("/os/permissions/request",
                "{\"processing\":{\"accessibility\":true}}")).get("processing");
        assertTrue(answer.get("accessibility").booleanValue());
        assertFalse(answer.get("vision").booleanValue());
        assertTrue(sim.requests().get(0).took().compareTo(Duration.ofMillis(100)) >= 0);
    }

    @Test
    void linuxHasNoPermissionsAndAskingChangesNothing() {
        sim = PiecesOsSimulator.builder().platform(SimPlatform.LINUX).grantRestarts(true).build().start();
        SimHttp http = new SimHttp(sim);
        assertEquals("{\"processing\":{}}", withoutSchema(http.get("/os/permissions").body()));
        String answer = http.post("/os/permissions/request", "{\"processing\":{\"vision\":true,\"accessibility\":true}}").body();
        assertEquals("{\"processing\":{}}", withoutSchema(answer));
        assertTrue(sim.isUp(), "nothing to grant, so no restart");
        assertEquals("{\"processing\":{}}", withoutSchema(http.get("/os/permissions").body()));
    }

    private static String withoutSchema(String json) {
        var node = (tools.jackson.databind.node.ObjectNode) SimHttp.JSON.readTree(json);
        node.remove("schema");
        return node.toString();
    }

    @Test
    void aGrantThatRestartsRefusesConnectionsThenComesBackGranted() {
        sim = PiecesOsSimulator.builder().grantRestarts(true).restartDowntime(Duration.ofMillis(1500)).build().start();
        assertGrantRestarts(sim);
    }

    @Test
    void theGrantRestartsScenarioDoesTheSame() {
        sim = PiecesOsSimulator.builder().scenario(Scenario.fromName("grant-restarts"))
                .restartDowntime(Duration.ofMillis(1500)).build().start();
        assertGrantRestarts(sim);
    }

    private static void assertGrantRestarts(PiecesOsSimulator sim) {
        SimHttp http = new SimHttp(sim);
        int port = sim.port();
        var answer = http.post("/os/permissions/request", "{\"processing\":{\"vision\":true}}");
        assertEquals(200, answer.statusCode());
        assertFalse(SimHttp.json(answer).get("processing").get("vision").booleanValue(),
                "the grant takes effect only once PiecesOS has restarted");
        // the answer goes out first, then PiecesOS goes down: wait for it, as a client polling health would
        SimHttp.await("connections are refused while PiecesOS restarts", Duration.ofSeconds(5),
                () -> SimHttp.refuses(port));
        SimHttp.await("PiecesOS is back", Duration.ofSeconds(10), () -> !SimHttp.refuses(port));
        assertEquals(port, sim.port());
        SimHttp fresh = new SimHttp(sim);
        assertTrue(SimHttp.json(fresh.get("/os/permissions")).get("processing").get("vision").booleanValue());
        assertFalse(SimHttp.json(fresh.get("/os/permissions")).get("processing").get("accessibility").booleanValue());
        // asking for what is already granted does not restart again
        fresh.post("/os/permissions/request", "{\"processing\":{\"vision\":true}}");
        assertTrue(sim.isUp());
    }
}
