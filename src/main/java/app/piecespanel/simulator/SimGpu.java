package app.piecespanel.simulator;

import java.util.Objects;

/**
 * A simulated graphics card for the device report.
 *
 * @param name        as the vendor's driver names it
 * @param memoryBytes video memory in bytes
 * @param llm         whether it can run local AI models
 */
public record SimGpu(String name, double memoryBytes, boolean llm) {
    public SimGpu {
        Objects.requireNonNull(name, "name");
    }
}
