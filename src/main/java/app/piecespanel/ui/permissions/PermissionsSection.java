package app.piecespanel.ui.permissions;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** PLACEHOLDER until the permissions view lands: the seam the shell wires (constructor, methods), owned by that view's work. */
public final class PermissionsSection implements Section {
    private final PanelContext context;

    public PermissionsSection(PanelContext context) {
        this.context = context;
    }

    @Override
    public Node view() {
        return new Label("permissions");
    }

    @Override
    public void refresh() {}
}
