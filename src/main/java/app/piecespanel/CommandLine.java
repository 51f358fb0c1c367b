package app.piecespanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's command line, parsed once. Kept small and stable: people, scripts and the packaging smoke test rely
 * on it.
 */
public record CommandLine(Mode mode, boolean fallbackSimulator, Optional<Integer> port, Optional<String> scenario, Optional<String> generation,
        Optional<String> url, List<String> faults) {

    public enum Mode { PANEL, SIMULATOR_PANEL, SIMULATOR_ONLY, DOCTOR, VERSION, HELP }

    static final String USAGE = """
            Usage: pieces-os-control-panel [OPTION]...
            A desktop control panel for PiecesOS.

              (no option)              start the panel; it finds PiecesOS by itself
              --url URL                start the panel on PiecesOS at URL (e.g. http://127.0.0.1:39300)
              --fallback-simulator     start the panel; if no PiecesOS is found, use the built-in simulator
              --simulator              start the panel connected to the built-in PiecesOS simulator
                [--scenario NAME]        the simulator's scenario (see below)
              --simulator-only         run only the simulator, headless, until stopped (Ctrl-C)
                [--port N]               port to serve on (default: any free port)
                [--scenario NAME]        the simulator's scenario (see below)
                [--generation G]         seed, current or both (default: both)
                [--fault PATH:SPEC]      inject a fault, e.g. '*:latency=2s' or '/os/permissions:status=500'
              --doctor [--url URL]     check PiecesOS from the command line, print a report, exit 0 when healthy
              --version                print the version and exit
              --help                   print this help and exit

            Scenarios: up-to-date (default), update-available, reinstall-required, contact-support,
                       unknown-status, signed-in, grant-restarts
            """;

    public static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    public static CommandLine parse(String[] args) throws UsageError {
        Mode mode = Mode.PANEL;
        Integer port = null;
        String scenario = null;
        String generation = null;
        String url = null;
        List<String> faults = new ArrayList<>();
        boolean fallback = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--version" -> mode = pick(mode, Mode.VERSION, a);
                case "--help", "-h" -> mode = pick(mode, Mode.HELP, a);
                case "--simulator" -> mode = pick(mode, Mode.SIMULATOR_PANEL, a);
                case "--simulator-only" -> mode = pick(mode, Mode.SIMULATOR_ONLY, a);
                case "--doctor" -> mode = pick(mode, Mode.DOCTOR, a);
                case "--port" -> {
                    String v = value(args, ++i, a);
                    try {
                        port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new UsageError("--port needs a number from 0 to 65535, not '" + v + "'");
                    }
                    if (port < 0 || port > 65535) {
                        throw new UsageError("--port needs a number from 0 to 65535, not '" + v + "'");
                    }
                }
                case "--scenario" -> scenario = value(args, ++i, a);
                case "--generation" -> {
                    generation = value(args, ++i, a);
                    if (!List.of("seed", "current", "both").contains(generation)) {
                        throw new UsageError("--generation takes seed, current or both, not '" + generation + "'");
                    }
                }
                case "--url" -> url = value(args, ++i, a);
                case "--fallback-simulator" -> fallback = true;
                case "--fault" -> faults.add(value(args, ++i, a));
                default -> throw new UsageError("unknown option '" + a + "'");
            }
        }
        if ((port != null || generation != null || !faults.isEmpty()) && mode != Mode.SIMULATOR_ONLY) {
            throw new UsageError("--port, --generation and --fault go with --simulator-only");
        }
        if (scenario != null && mode != Mode.SIMULATOR_ONLY && mode != Mode.SIMULATOR_PANEL) {
            throw new UsageError("--scenario goes with --simulator or --simulator-only");
        }
        if (url != null && mode != Mode.PANEL && mode != Mode.DOCTOR) {
            throw new UsageError("--url goes with the panel or --doctor");
        }
        if (fallback && mode != Mode.PANEL) {
            throw new UsageError("--fallback-simulator goes with the panel");
        }
        return new CommandLine(mode, fallback, Optional.ofNullable(port), Optional.ofNullable(scenario),
                Optional.ofNullable(generation), Optional.ofNullable(url), List.copyOf(faults));
    }

    private static Mode pick(Mode current, Mode wanted, String option) throws UsageError {
        if (current != Mode.PANEL) {
            throw new UsageError(option + " cannot be combined with another mode");
        }
        return wanted;
    }

    private static String value(String[] args, int i, String option) throws UsageError {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageError(option + " needs a value");
        }
        return args[i];
    }
}
