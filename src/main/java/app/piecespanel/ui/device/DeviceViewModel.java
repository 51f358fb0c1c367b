package app.piecespanel.ui.device;

import app.piecespanel.api.model.OSDeviceCPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceGPUHardwareInformation;
import app.piecespanel.api.model.OSDeviceInformationReturnable;
import app.piecespanel.ui.common.CallLifecycle;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What PiecesOS reports of this machine, and the diagnostics a person pastes into a support request. The last good
 * report stays while a refresh fails.
 */
public final class DeviceViewModel {
    private final PanelContext context;
    private final CallLifecycle calls;
    private final ReadOnlyObjectWrapper<OSDeviceInformationReturnable> report = new ReadOnlyObjectWrapper<>(this, "report");

    public DeviceViewModel(PanelContext context) {
        this.context = context;
        this.calls = new CallLifecycle(context.ui(), context.clock());
    }

    /** Reads the report again (first visit, Refresh, F5, PiecesOS back). */
    public void refresh() {
        calls.run(() -> context.client().deviceInformation(), report::set);
    }

    /** Puts the diagnostics on the clipboard. */
    public void copyDiagnostics() {
        context.desktop().copyToClipboard(diagnostics());
        context.dialogs().notify("Diagnostics copied. Paste them into your support request.");
    }

    /** Asks where, then writes the diagnostics there (atomically: a half-written file never replaces a good one). */
    public void saveDiagnostics() {
        Optional<Path> where = context.dialogs().chooseSaveFile("Save diagnostics", "pieces-os-diagnostics.txt");
        if (where.isEmpty()) {
            return;
        }
        Path target = where.get();
        try {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".diagnostics", ".tmp");
            Files.writeString(tmp, diagnostics(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            context.dialogs().notify("Diagnostics saved to " + target + ".");
        } catch (IOException | RuntimeException e) {
            calls.report(new Problem("The diagnostics could not be saved to " + target
                    + ". Choose another folder, or copy them instead.", e.toString()));
        }
    }

    /** Readable text for support: the panel, this OS, PiecesOS and how it was found, and the device report. */
    public String diagnostics() {
        StringBuilder b = new StringBuilder();
        b.append("Pieces OS Control Panel ").append(context.panelVersion()).append('\n');
        b.append("Operating system: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(" (").append(System.getProperty("os.arch")).append(")\n");
        b.append("Java: ").append(System.getProperty("java.version")).append('\n');
        b.append("PiecesOS: ").append(context.connection().describe()).append('\n');
        Instant at = calls.getLastSuccess();
        OSDeviceInformationReturnable r = report.get();
        if (r == null) {
            b.append("Device report: not read").append(calls.getProblem() == null ? "" : " (" + calls.getProblem().sentence() + ")")
                    .append('\n');
            return b.toString();
        }
        b.append("Device report (read ").append(at == null ? "?" : TIME.format(at)).append("):\n");
        line(b, "Device name", r.name());
        line(b, "PiecesOS version", r.version());
        OSDeviceCPUHardwareInformation cpu = r.hardware() == null ? null : r.hardware().cpu();
        if (cpu != null) {
            line(b, "CPU", cpu.name());
            line(b, "Memory", bytes(cpu.memory()));
        }
        OSDeviceGPUHardwareInformation gpu = r.hardware() == null ? null : r.hardware().gpu();
        if (gpu != null) {
            line(b, "GPU", gpu.name());
            line(b, "GPU memory", bytes(gpu.memory()));
            line(b, "Local AI models", localAi(gpu));
        } else {
            line(b, "GPU", "none reported");
        }
        if (r.dependencies() != null && r.dependencies().vulkan() != null) {
            line(b, "Vulkan", r.dependencies().vulkan() ? "found" : "missing");
        }
        return b.toString();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private static void line(StringBuilder b, String what, String value) {
        if (value != null && !value.isBlank()) {
            b.append("  ").append(what).append(": ").append(value).append('\n');
        }
    }

    /** "16 GB", "512 MB"; null when absent or nonsense. */
    public static String bytes(Double value) {
        if (value == null || value.isNaN() || value <= 0) {
            return null;
        }
        double v = value;
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v >= 10 || u == 0 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v))
                + " " + units[u];
    }

    /** Whether the GPU can run local AI models, in words; null when PiecesOS does not say. */
    public static String localAi(OSDeviceGPUHardwareInformation gpu) {
        if (gpu == null || gpu.capabilities() == null || gpu.capabilities().llm() == null) {
            return null;
        }
        return gpu.capabilities().llm() ? "can run local AI models" : "cannot run local AI models";
    }

    public ReadOnlyObjectProperty<OSDeviceInformationReturnable> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return calls.problemProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastReadProperty() {
        return calls.lastSuccessProperty();
    }

    public void retry() {
        refresh();
    }
}
