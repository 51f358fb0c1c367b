package app.piecespanel;

import app.piecespanel.doctor.Doctor;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.Generation;
import app.piecespanel.simulator.PickerMode;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import java.io.PrintStream;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * The single entry point. It is not an {@code Application} subclass, so a jpackage'd class-path app starts, and so
 * the headless modes ({@code --version}, {@code --doctor}, {@code --simulator-only}) never load the JavaFX toolkit.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs the command line; returns an exit code, or -1 when the panel runs on (the JavaFX toolkit owns exit). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        AppInfo info = AppInfo.load();
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.println("pieces-os-control-panel: " + e.getMessage());
            err.print(CommandLine.USAGE);
            return 2;
        }
        switch (cl.mode()) {
            case VERSION -> {
                out.println(info.name() + " " + info.version());
                return 0;
            }
            case HELP -> {
                out.println(info.name() + " " + info.version());
                out.print(CommandLine.USAGE);
                return 0;
            }
            case DOCTOR -> {
                try {
                    return new Doctor(out, info.version()).run(cl.url().map(Launcher::parseUrl));
                } catch (IllegalArgumentException e) {
                    err.println("pieces-os-control-panel: " + e.getMessage());
                    return 2;
                }
            }
            case SIMULATOR_ONLY -> {
                return runSimulatorOnly(cl, out, err);
            }
            default -> {
                PanelLaunch.launch(args);
                return -1;
            }
        }
    }

    private static URI parseUrl(String text) {
        try {
            URI u = URI.create(text.strip());
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException("--url needs an http address such as http://127.0.0.1:39300, not '" + text + "'");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url needs an http address such as http://127.0.0.1:39300, not '" + text + "'");
        }
    }

    private static int runSimulatorOnly(CommandLine cl, PrintStream out, PrintStream err) {
        PiecesOsSimulator.Builder b = PiecesOsSimulator.builder()
                .port(cl.port().orElse(0))
                .pickers(PickerMode.SCRIPT);
        try {
            cl.scenario().ifPresent(s -> b.scenario(Scenario.fromName(s)));
            cl.generation().ifPresent(g -> b.generation(Generation.valueOf(g.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            err.println("pieces-os-control-panel: " + e.getMessage());
            return 2;
        }
        PiecesOsSimulator sim = b.build();
        try {
            for (String f : cl.faults()) {
                int colon = f.indexOf(':');
                String path = colon < 0 ? "*" : f.substring(0, colon);
                sim.setFault(path, Fault.parse(colon < 0 ? f : f.substring(colon + 1)));
            }
            sim.start();
        } catch (RuntimeException e) {
            err.println("pieces-os-control-panel: the simulator could not start: " + e.getMessage());
            sim.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        out.println("PiecesOS simulator " + sim.version() + " serving on " + sim.baseUri()
                + " (scenario " + sim.scenario().cliName() + "). Stop with Ctrl-C.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
