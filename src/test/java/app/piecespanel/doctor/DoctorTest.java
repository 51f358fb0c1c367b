package app.piecespanel.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoctorTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Doctor doctor = new Doctor(new PrintStream(bytes, true, StandardCharsets.UTF_8), "9.9.9");

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHealthySimulatorPassesEveryCheck() {
        try (var sim = PiecesOsSimulator.builder().port(0).version("12.3.1").build().start()) {
            assertEquals(0, doctor.run(Optional.of(sim.baseUri())));
        }
        String out = output();
        for (String line : new String[] {"health", "version", "device information", "permissions", "update check"}) {
            assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("OK") && l.contains(line)), line + " in\n" + out);
        }
        assertTrue(out.contains("PiecesOS 12.3.1"), out);
        assertTrue(out.contains("Result: PiecesOS answered sanely."), out);
    }

    @Test
    void aClosedPortFailsWithAPlainReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(1, doctor.run(Optional.of(URI.create("http://127.0.0.1:" + port))));
        assertTrue(output().contains("Result: no usable PiecesOS at http://127.0.0.1:" + port), output());
    }

    @Test
    void aFaultyEndpointIsMarkedFailWithItsPlainWords() {
        try (var sim = PiecesOsSimulator.builder().port(0).build().start()) {
            sim.setFault("/os/permissions", Fault.status(500, "permissions service crashed"));
            sim.setFault("/os/update/check", Fault.hang());
            assertEquals(1, doctor.run(Optional.of(sim.baseUri())));
        }
        String out = output();
        assertTrue(out.lines().anyMatch(l -> l.contains("FAIL") && l.contains("permissions") && l.contains("500")
                && l.contains("permissions service crashed")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("FAIL") && l.contains("update check") && l.contains("did not answer in time")), out);
        assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("OK") && l.contains("device information")), out);
    }
}
