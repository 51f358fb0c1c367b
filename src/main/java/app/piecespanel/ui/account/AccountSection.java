package app.piecespanel.ui.account;

import app.piecespanel.api.model.UserProfile;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Section;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;

/** The Account section: who PiecesOS is signed in as; sign in, sign out, link accounts. */
public final class AccountSection implements Section {
    private final AccountViewModel model;
    private Node view;

    public AccountSection(PanelContext context) {
        this.model = new AccountViewModel(context, AvatarLoader.defaults(), Locale.getDefault());
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new AccountView(model, ResourceBundle.getBundle("app.piecespanel.ui.account.account")).build();
        }
        return view;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** PiecesOS keeps its sign-in across a restart, so there is nothing to re-read but a picture that failed. */
    @Override
    public void connectionReturned() {
        model.refresh();
    }

    /** The signed-in person, or null when signed out (the shell shows the name in the sidebar; may follow its theme). */
    public ReadOnlyObjectProperty<UserProfile> userProperty() {
        return model.userProperty();
    }

    /** The view-model, for tests and for the shell should it want more than the user. */
    AccountViewModel model() {
        return model;
    }
}
