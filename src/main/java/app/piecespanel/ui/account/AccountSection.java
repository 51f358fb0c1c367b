package app.piecespanel.ui.account;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import javafx.scene.Node;
import javafx.scene.control.Label;
import app.piecespanel.api.model.UserProfile;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** PLACEHOLDER until the account view lands: the seam the shell wires (constructor, methods), owned by that view's work. */
public final class AccountSection implements Section {
    private final PanelContext context;

    public AccountSection(PanelContext context) {
        this.context = context;
    }

    @Override
    public Node view() {
        return new Label("account");
    }

    @Override
    public void refresh() {}

    private final SimpleObjectProperty<UserProfile> user = new SimpleObjectProperty<>(this, "user");

    /** The signed-in person, or null when signed out (the shell shows the name in the sidebar; may follow its theme). */
    public ReadOnlyObjectProperty<UserProfile> userProperty() {
        return user;
    }
}
