package app.piecespanel.ui.files;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** PLACEHOLDER until the files view lands: the seam the shell wires (constructor, methods), owned by that view's work. */
public final class FilesSection implements Section {
    private final PanelContext context;

    public FilesSection(PanelContext context) {
        this.context = context;
    }

    @Override
    public Node view() {
        return new Label("files");
    }

    @Override
    public void refresh() {}
}
