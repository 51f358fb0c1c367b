package app.piecespanel.simulator;

import app.piecespanel.api.model.OSDeviceCPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceDependenciesInformation;
import app.piecespanel.api.model.OSDeviceGPUHardwareCapabilitiesInformation;
import app.piecespanel.api.model.OSDeviceGPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceHardwareInformation;
import app.piecespanel.api.model.OSDeviceInformationReturnable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A truthful description of this machine, as PiecesOS would report it; only the GPU is simulated (if configured). */
final class DeviceReport {
    private final String hostName = findHostName();
    private final String cpuName = findCpuName();
    private final Double memoryBytes = findMemoryBytes();
    private final SimGpu gpu;
    private final boolean vulkan;

    DeviceReport(SimGpu gpu, boolean vulkan) {
        this.gpu = gpu;
        this.vulkan = vulkan;
    }

    OSDeviceInformationReturnable describe(String version) {
        OSDeviceGPUHardwareInformation gpuInfo = gpu == null ? null
                : new OSDeviceGPUHardwareInformation(null, gpu.name(), gpu.memoryBytes(),
                        new OSDeviceGPUHardwareCapabilitiesInformation(null, gpu.llm()));
        return new OSDeviceInformationReturnable(SimJson.SCHEMA, new OSDeviceDependenciesInformation(null, vulkan),
                hostName, version,
                new OSDeviceHardwareInformation(null, new OSDeviceCPUHardwareInformation(null, cpuName, memoryBytes), gpuInfo));
    }

    private static String findHostName() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows.trim();
        }
        Path linux = Path.of("/proc/sys/kernel/hostname");
        try {
            if (Files.isReadable(linux)) {
                String name = Files.readString(linux).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        } catch (IOException ignored) {
            // fall through to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static String findCpuName() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                List<String> lines = Files.readAllLines(cpuinfo);
                for (String line : lines) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                        int colon = line.indexOf(':');
                        if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                            return line.substring(colon + 1).trim();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // fall back to the architecture
        }
        return System.getProperty("os.arch");
    }

    private static Double findMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean) {
            long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
            return total > 0 ? (double) total : null;
        }
        return null;
    }
}
