package app.piecespanel.ui.common;

import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A {@link Problem} shown inside the page it belongs to: its sentence, one action (usually "Retry"), and the
 * technical details only when asked for. Hidden (and taking no room) while there is no problem. Bind
 * {@link #problemProperty()} to a view-model's problem and set {@link #setOnAction(Runnable)}.
 */
public final class ProblemBanner extends VBox {
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("app.piecespanel.ui.common.problem-banner");
    private final StringProperty actionText = new SimpleStringProperty(this, "actionText", WORDS.getString("retry"));
    private final Label sentence = new Label();
    private final Button action = new Button();
    private final Hyperlink toggle = new Hyperlink();
    /** Made when first asked for: every page has a banner, hidden until a problem, and a text area is costly. */
    private TextArea details;
    private final String idPrefix;
    private boolean detailsShown;
    private Runnable onAction = () -> {};

    public ProblemBanner(String idPrefix) {
        getStyleClass().addAll("problem-banner", "callout", "callout-danger");
        getStylesheets().addAll(
                Objects.requireNonNull(ProblemBanner.class.getResource("section-page.css")).toExternalForm(),
                Objects.requireNonNull(ProblemBanner.class.getResource("problem-banner.css")).toExternalForm());
        this.idPrefix = idPrefix;
        setId(idPrefix + "Problem");
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("problem-icon");
        sentence.setWrapText(true);
        sentence.setId(idPrefix + "ProblemText");
        sentence.getStyleClass().add("problem-sentence");
        sentence.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);
        action.setId(idPrefix + "ProblemAction");
        action.textProperty().bind(actionText);
        action.setOnAction(e -> onAction.run());
        action.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(10, icon, sentence, action);
        row.setAlignment(Pos.CENTER_LEFT);

        toggle.setId(idPrefix + "ProblemDetailsToggle");
        toggle.getStyleClass().add("problem-details-toggle");
        showDetails(false);
        toggle.setOnAction(e -> showDetails(!detailsShown));

        getChildren().addAll(row, toggle);
        problem.addListener((obs, old, now) -> show(now));
        show(null);
    }

    private void show(Problem p) {
        boolean any = p != null;
        setVisible(any);
        setManaged(any);
        sentence.setText(any ? p.sentence() : "");
        boolean hasDetails = any && !p.details().isBlank();
        toggle.setVisible(hasDetails);
        toggle.setManaged(hasDetails);
        showDetails(false);
    }

    private void showDetails(boolean on) {
        detailsShown = on;
        if (on && details == null) {
            details = new TextArea();
            details.setId(idPrefix + "ProblemDetails");
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(3);
            details.getStyleClass().add("problem-details");
            getChildren().add(details);
        }
        if (details != null) {
            Problem p = problem.get();
            details.setText(p == null ? "" : p.details());
            details.setVisible(on);
            details.setManaged(on);
        }
        toggle.setText(WORDS.getString(on ? "hideDetails" : "showDetails"));
    }

    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    /** The action's label ("Retry" unless set). */
    public StringProperty actionTextProperty() {
        return actionText;
    }

    public void setOnAction(Runnable r) {
        onAction = r == null ? () -> {} : r;
    }
}
