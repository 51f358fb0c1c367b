package app.piecespanel.bench;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Runs in its own JVM: the real panel, connected to a simulator that is healthy or stalls every endpoint for 5 s,
 * while a scripted person goes through every section (Ctrl+1..7) and presses every button that neither asks a
 * question nor destroys anything. An {@link AnimationTimer} keeps JavaFX pulsing; the longest gap between two pulses
 * is how long the window was frozen. Prints {@code BENCH-GAP millis} and exits.
 */
public final class ResponsivenessProbe {
    /** Buttons a scripted person leaves alone: they open a modal question or a file chooser, or end something. */
    private static final Set<String> LEAVE_ALONE = Set.of("sign out", "restart", "save", "export", "clear", "enter an",
            "link", "quit", "open", "show in folder", "use the built-in");

    private ResponsivenessProbe() {}

    public static void main(String[] args) throws Exception {
        boolean stalled = args.length > 0 && args[0].equals("stalled");
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().signInDelay(java.time.Duration.ofSeconds(1)).build().start()) {
            Thread fx = new Thread(() -> Application.launch(panelClass(), "--url", sim.baseUri().toString()), "panel");
            fx.setDaemon(true);
            fx.start();
            Scene scene = waitForScene();
            pause(1500); // let start-up finish: start-up has its own row
            if (stalled) {
                sim.setFault("*", Fault.parse("latency=5s"));
            }
            long[] last = {0};
            long[] worst = {0};
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        worst[0] = Math.max(worst[0], now - last[0]);
                    }
                    last[0] = now;
                }
            };
            onFx(pulses::start);
            for (int section = 1; section <= 7; section++) {
                KeyCode digit = KeyCode.valueOf("DIGIT" + section);
                onFx(() -> pressCtrl(scene, digit));
                pause(250);
                List<ButtonBase> buttons = onFxGet(() -> pressable(scene.getRoot()));
                for (ButtonBase b : buttons) {
                    Platform.runLater(() -> {
                        if (!b.isDisabled() && b.getScene() != null) {
                            b.fire();
                        }
                    });
                    pause(150);
                }
                onFx(() -> pressF5(scene));
                pause(250);
            }
            onFx(pulses::stop);
            System.out.println("BENCH-GAP " + String.format(Locale.ROOT, "%.1f", worst[0] / 1e6));
            System.out.flush();
        }
        Runtime.getRuntime().halt(0);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Application> panelClass() {
        try {
            return (Class<? extends Application>) Class.forName("app.piecespanel.ui.PanelApplication");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ButtonBase> pressable(Parent root) {
        List<ButtonBase> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<ButtonBase> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof ButtonBase b && !b.isDisabled() && !(b instanceof javafx.scene.control.ToggleButton)) {
            String text = (b.getText() == null ? "" : b.getText()).toLowerCase(Locale.ROOT);
            if (!text.isBlank() && LEAVE_ALONE.stream().noneMatch(text::contains)) {
                out.add(b);
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static void pressCtrl(Scene scene, KeyCode code) {
        scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false));
    }

    private static void pressF5(Scene scene) {
        scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F5, false, false, false, false));
    }

    private static Scene waitForScene() throws Exception {
        for (int i = 0; i < 600; i++) {
            pause(50);
            Scene s = onFxGet(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                    .map(Window::getScene).findFirst().orElse(null));
            if (s != null) {
                return s;
            }
        }
        throw new IllegalStateException("the panel showed no window within 30 s");
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    f.complete(s.get());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException notYet) {
            return null; // the toolkit is not up yet
        }
        return f.get(10, TimeUnit.SECONDS);
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms); // the script's pace, as a person clicks; nothing is synchronised by it
    }
}
