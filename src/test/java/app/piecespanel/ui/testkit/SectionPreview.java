package app.piecespanel.ui.testkit;

import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.SimPlatform;
import app.piecespanel.ui.common.Section;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import app.piecespanel.ui.common.PanelContext;

/**
 * Shows one section alone in a window the size of the shell's page, on a simulator, for looking at it under Xvfb:
 * {@code SectionPreview <class of the section> light|dark [signed-in] [wait-sign-in] [linux] [windows]
 * [grant-restarts] [sparse] [fault=PATH:SPEC]... [click=#buttonId]...}.
 * Not a test; a tool for the person building a view.
 */
public final class SectionPreview extends Application {
    private TestPanel panel;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        String sectionClass = args.get(0);
        boolean dark = args.contains("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        PiecesOsSimulator.Builder b = PiecesOsSimulator.builder()
                .signedIn(args.contains("signed-in"))
                .signInWaitsForCompletion(args.contains("wait-sign-in"))
                .grantRestarts(args.contains("grant-restarts"))
                .restartDowntime(Duration.ofSeconds(4))
                .platform(args.contains("linux") ? SimPlatform.LINUX
                        : args.contains("windows") ? SimPlatform.WINDOWS : SimPlatform.MACOS);
        b.sparseProfile(args.contains("sparse"));
        panel = TestPanel.fx(b);
        for (String a : args) {
            if (a.startsWith("fault=")) { // fault=/os/sign_in:status=500:down
                String spec = a.substring("fault=".length());
                int colon = spec.indexOf(':');
                panel.simulator.setFault(spec.substring(0, colon),
                        app.piecespanel.simulator.Fault.parse(spec.substring(colon + 1)));
            }
        }
        Function<PanelContext, Section> make = ctx -> {
            try {
                return (Section) Class.forName(sectionClass).getConstructor(PanelContext.class).newInstance(ctx);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        Section section = make.apply(panel.context);
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 880, 700));
        stage.setTitle("preview " + sectionClass);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        section.refresh();
        int step = 0;
        for (String a : args) {
            if (a.startsWith("click=")) { // press buttons by id once the page is up, one a second
                javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(0.2 + step++));
                later.setOnFinished(e -> {
                    javafx.scene.Node n = stage.getScene().lookup(a.substring("click=".length()));
                    if (n instanceof javafx.scene.control.ButtonBase button) {
                        button.fire();
                    }
                });
                later.play();
            }
        }
        System.out.println("PREVIEW READY " + panel.simulator.baseUri());
    }

    @Override
    public void stop() {
        if (panel != null) {
            panel.close();
        }
        Platform.exit();
    }

    /** The entry point (a main outside the Application subclass, so JavaFX on the class path starts). */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(SectionPreview.class, args);
        }
    }
}
