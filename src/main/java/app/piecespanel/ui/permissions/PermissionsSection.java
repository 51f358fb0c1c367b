package app.piecespanel.ui.permissions;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;

/** The Permissions section: whether PiecesOS may read the screen and see the active app, and asking for it. */
public final class PermissionsSection implements Section {
    private final PermissionsViewModel model;
    private Node view;

    public PermissionsSection(PanelContext context) {
        this.model = new PermissionsViewModel(context, Locale.getDefault(), System.getProperty("os.name"),
                Duration.ofSeconds(90));
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new PermissionsView(model,
                    ResourceBundle.getBundle("app.piecespanel.ui.permissions.permissions")).build();
            model.refresh();
        }
        return view;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    PermissionsViewModel model() {
        return model;
    }
}
