package app.piecespanel.ui.device;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** PLACEHOLDER until the device view lands: the seam the shell wires (constructor, methods), owned by that view's work. */
public final class DeviceSection implements Section {
    private final PanelContext context;

    public DeviceSection(PanelContext context) {
        this.context = context;
    }

    @Override
    public Node view() {
        return new Label("device");
    }

    @Override
    public void refresh() {}
}
