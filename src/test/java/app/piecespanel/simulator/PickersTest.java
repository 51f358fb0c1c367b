package app.piecespanel.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PickersTest {
    private PiecesOsSimulator sim;

    @AfterEach
    void close() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void scriptedPickersAnswerInOrderThenEmpty() {
        sim = PiecesOsSimulator.builder().build().start();
        SimHttp http = new SimHttp(sim);
        sim.queueFilePick(List.of("/home/ada/notes.md", "/home/ada/Main.java"));
        sim.queueFilePick(List.of());
        sim.queueFolderPick(List.of("/home/ada/projects"));
        assertEquals(List.of("/home/ada/notes.md", "/home/ada/Main.java"),
                paths(http.post("/os/filesystem/files/pick", "{\"allowedExtensions\":[\"md\",\"java\"],\"allowMultiple\":true}").body()));
        assertEquals(List.of(), paths(http.post("/os/files/pick", "{\"allowedExtensions\":[\"txt\"]}").body()));
        assertEquals(List.of(), paths(http.post("/os/files/pick", "{}").body()), "an empty queue is a cancelled dialog");
        assertEquals(List.of("/home/ada/projects"), paths(http.post("/os/filesystem/folders/pick", null).body()));
        assertEquals("[]", http.post("/os/folders/pick", null).body());

        List<PickerRequest> asked = sim.pickerRequests();
        assertEquals(5, asked.size());
        assertEquals(new PickerRequest("/os/filesystem/files/pick", false, List.of("md", "java"), true), asked.get(0));
        assertEquals(List.of("txt"), asked.get(1).allowedExtensions());
        assertNull(asked.get(1).allowMultiple());
        assertNull(asked.get(2).allowedExtensions());
        assertTrue(asked.get(3).folders());
        assertEquals(400, http.post("/os/files/pick", "{\"allowedExtensions\":").statusCode());
    }

    @Test
    void nativeModeFallsBackToTheScriptWithoutADisplay() {
        // the test JVM is headless (java.awt.headless=true), as on a build server
        sim = PiecesOsSimulator.builder().pickers(PickerMode.NATIVE).build().start();
        sim.queueFolderPick(List.of("/tmp/a"));
        SimHttp http = new SimHttp(sim);
        assertEquals(List.of("/tmp/a"), paths(http.post("/os/filesystem/folders/pick", null).body()));
        assertEquals(List.of(), paths(http.post("/os/filesystem/files/pick", "{}").body()));
    }

    private static List<String> paths(String json) {
        return List.of(SimHttp.JSON.readValue(json, String[].class));
    }
}
