package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EndpointsByGenerationTest {
    private PiecesOsSimulator sim;

    private SimHttp start(Generation g) {
        sim = PiecesOsSimulator.builder().generation(g).build().start();
        return new SimHttp(sim);
    }

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void currentGenerationServesWellKnownAndFilesystemPickersButNotSeedPickers() {
        SimHttp http = start(Generation.CURRENT);
        HttpResponse<String> health = http.get("/.well-known/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().startsWith("ok"), health.body());
        assertTrue(SimHttp.contentType(health).startsWith("text/plain"));
        HttpResponse<String> version = http.get("/.well-known/version");
        assertEquals(200, version.statusCode());
        assertEquals("12.3.1", version.body());
        assertEquals(200, http.post("/os/filesystem/files/pick", "{}").statusCode());
        assertEquals(200, http.post("/os/filesystem/folders/pick", null).statusCode());
        assertEquals(404, http.post("/os/files/pick", "{}").statusCode());
        assertEquals(404, http.post("/os/folders/pick", null).statusCode());
        assertCommonEndpointsAnswer(http);
        JsonNode update = SimHttp.json(http.post("/os/update/check", "{}"));
        assertEquals("UP_TO_DATE", update.get("status").asString());
    }

    @Test
    void seedGenerationHasNoWellKnownAndAnswersUpdateChecksWithStatusOnly() {
        sim = PiecesOsSimulator.builder().generation(Generation.SEED).scenario(Scenario.UPDATE_AVAILABLE)
                .downloadDuration(java.time.Duration.ofHours(1)).build().start();
        SimHttp http = new SimHttp(sim);
        assertEquals(404, http.get("/.well-known/health").statusCode());
        assertEquals(404, http.get("/.well-known/version").statusCode());
        assertEquals(404, http.post("/os/filesystem/files/pick", "{}").statusCode());
        assertEquals(404, http.post("/os/filesystem/folders/pick", null).statusCode());
        assertEquals(200, http.post("/os/files/pick", "{}").statusCode());
        assertEquals(200, http.post("/os/folders/pick", null).statusCode());
        assertCommonEndpointsAnswer(http);
        http.post("/os/update/check", "{}"); // AVAILABLE; the download starts
        JsonNode downloading = SimHttp.json(http.post("/os/update/check", "{}"));
        assertEquals("DOWNLOADING", downloading.get("status").asString());
        assertEquals(List.of("status"),
                downloading.propertyNames().stream().filter(n -> !n.equals("schema")).toList(),
                "the seed generation answers {status} only, without a percentage");
    }

    @Test
    void bothGenerationsServeEveryPath() {
        SimHttp http = start(Generation.BOTH);
        assertEquals(200, http.get("/.well-known/health").statusCode());
        assertEquals(200, http.get("/.well-known/version").statusCode());
        assertEquals(200, http.post("/os/files/pick", "{}").statusCode());
        assertEquals(200, http.post("/os/folders/pick", null).statusCode());
        assertEquals(200, http.post("/os/filesystem/files/pick", "{}").statusCode());
        assertEquals(200, http.post("/os/filesystem/folders/pick", null).statusCode());
        assertCommonEndpointsAnswer(http);
    }

    @Test
    void unknownPathIs404TextAndWrongMethodIs405() {
        SimHttp http = start(Generation.BOTH);
        HttpResponse<String> missing = http.get("/os/nothing/here");
        assertEquals(404, missing.statusCode());
        assertTrue(SimHttp.contentType(missing).startsWith("text/plain"));
        assertFalse(missing.body().isBlank());
        HttpResponse<String> wrongMethod = http.post("/os/permissions", "{}");
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(SimHttp.contentType(wrongMethod).startsWith("text/plain"));
        assertEquals(405, http.get("/os/sign_in").statusCode());
        assertFalse(sim.isSignedIn());
    }

    @Test
    void deviceInformationDescribesThisMachine() {
        sim = PiecesOsSimulator.builder().version("12.9.0").vulkan(false)
                .gpu(new SimGpu("NVIDIA RTX 4070", 12.0 * (1L << 30), true)).build().start();
        JsonNode device = SimHttp.json(new SimHttp(sim).get("/os/device/information"));
        assertEquals("12.9.0", device.get("version").asString());
        assertFalse(device.get("name").asString().isBlank());
        assertFalse(device.get("dependencies").get("vulkan").booleanValue());
        JsonNode cpu = device.get("hardware").get("cpu");
        assertFalse(cpu.get("name").asString().isBlank());
        long memory = ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        assertEquals(memory, cpu.get("memory").longValue());
        assertTrue(cpu.get("memory").isIntegralNumber(), "memory is written as a whole number of bytes");
        JsonNode gpu = device.get("hardware").get("gpu");
        assertEquals("NVIDIA RTX 4070", gpu.get("name").asString());
        assertEquals(12L << 30, gpu.get("memory").longValue());
        assertTrue(gpu.get("capabilities").get("llm").booleanValue());
    }

    @Test
    void noGpuIsReportedUnlessConfigured() {
        SimHttp http = start(Generation.BOTH);
        JsonNode device = SimHttp.json(http.get("/os/device/information"));
        assertFalse(device.get("hardware").has("gpu"));
        assertTrue(device.get("dependencies").get("vulkan").booleanValue());
    }

    private void assertCommonEndpointsAnswer(SimHttp http) {
        HttpResponse<String> device = http.get("/os/device/information");
        assertEquals(200, device.statusCode());
        assertEquals("application/json", SimHttp.contentType(device));
        assertEquals(200, http.get("/os/permissions").statusCode());
        assertEquals(200, http.post("/os/permissions/request", "{\"processing\":{}}").statusCode());
        assertEquals(200, http.post("/os/update/check", "{}").statusCode());
        assertEquals(200, http.post("/os/update/check", null).statusCode());
        assertEquals(401, http.post("/os/link_provider", "{\"type\":\"github\"}").statusCode());
        assertEquals(200, http.post("/os/sign_out", null).statusCode());
        assertEquals(200, http.post("/os/sign_in", null).statusCode());
        assertEquals(200, http.get("/sim/avatar.png").statusCode());
    }
}
