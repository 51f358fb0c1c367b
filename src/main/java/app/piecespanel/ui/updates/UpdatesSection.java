package app.piecespanel.ui.updates;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;
import java.time.Duration;

/** PLACEHOLDER until the updates view lands: the seam the shell wires (constructor, methods), owned by that view's work. */
public final class UpdatesSection implements Section {
    private final PanelContext context;

    public UpdatesSection(PanelContext context) {
        this.context = context;
    }

    @Override
    public Node view() {
        return new Label("updates");
    }

    @Override
    public void refresh() {}

    /** From Settings: how often to check for updates by itself (Duration.ZERO: never); the first check runs at once. */
    public void setAutomaticCheckInterval(Duration interval) {}

    /** Stops the automatic checks and any follow-up polling (the panel is closing). */
    public void close() {}
}
