package app.piecespanel.ui.account;

import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.ui.common.ProblemBanner;
import app.piecespanel.ui.common.SectionPage;
import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.fontawesome5.FontAwesomeBrands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Account page: signed out, signing in, or the profile and linked accounts. Layout only; the logic is the view-model's. */
final class AccountView {
    private static final double AVATAR = 72;

    private final AccountViewModel vm;
    private final ResourceBundle words;

    AccountView(AccountViewModel vm, ResourceBundle words) {
        this.vm = vm;
        this.words = words;
    }

    Node build() {
        ProblemBanner problem = new ProblemBanner("account");
        problem.problemProperty().bind(vm.problemProperty());
        problem.actionTextProperty().bind(vm.problemActionProperty());
        problem.setOnAction(vm::retry);

        Node signedOut = signedOut();
        Node signingIn = signingIn();
        Node signedIn = signedIn();
        showFor(signedOut, AccountViewModel.Stage.SIGNED_OUT);
        showFor(signingIn, AccountViewModel.Stage.SIGNING_IN);
        showFor(signedIn, AccountViewModel.Stage.SIGNED_IN);

        ScrollPane scroll = SectionPage.scrolling("accountPage", AccountView.class, "account.css",
                SectionPage.headings(words.getString("page.title"), words.getString("page.subtitle")), problem,
                signedOut, signingIn, signedIn);
        return scroll;
    }

    // ---- signed out, signing in ----

    private Node signedOut() {
        FontIcon icon = new FontIcon(Material2AL.ACCOUNT_CIRCLE);
        icon.getStyleClass().add("hero-icon");
        Label heading = new Label(words.getString("signedOut.title"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label body = wrapped(words.getString("signedOut.body"));
        Button signIn = new Button(words.getString("signIn"), new FontIcon(Material2AL.LOGIN));
        signIn.setId("accountSignIn");
        signIn.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.setOnAction(e -> vm.signIn());
        Label notice = wrapped("", Styles.TEXT_MUTED);
        notice.setId("accountNotice");
        notice.textProperty().bind(vm.noticeProperty());
        collapseWhenEmpty(notice);
        Label note = wrapped(words.getString("signedOut.note"), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(12, icon, heading, body, signIn, notice, note);
        box.setId("accountSignedOut");
        return hero(box);
    }

    private Node signingIn() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        Label heading = new Label(words.getString("signingIn.title"));
        heading.setId("accountSigningInTitle");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label body = wrapped(words.getString("signingIn.body"));
        Button cancel = new Button(words.getString("signingIn.cancel"));
        cancel.setId("accountCancelSignIn");
        cancel.setOnAction(e -> vm.cancelSignIn());
        VBox box = new VBox(12, progress, heading, body, cancel);
        box.setId("accountSigningIn");
        return hero(box);
    }

    private Node hero(VBox box) {
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(560);
        box.setFillWidth(true);
        VBox card = new VBox(box);
        card.getStyleClass().addAll("page-card", "hero");
        card.setPadding(new Insets(28, 32, 28, 32));
        return card;
    }

    // ---- signed in ----

    private Node signedIn() {
        VBox box = new VBox(20, profileCard(), linkedAccounts());
        box.setId("accountSignedIn");
        return box;
    }

    private Node profileCard() {
        Label name = new Label();
        name.setId("accountName");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label username = field("accountUsername", Styles.TEXT_MUTED);
        Label email = field("accountEmail", Styles.TEXT_MUTED);
        VBox who = new VBox(2, name, username, email);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(who, Priority.ALWAYS);

        Button signOut = new Button(words.getString("signOut"), new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.setId("accountSignOut");
        signOut.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        signOut.setMinWidth(Region.USE_PREF_SIZE);
        signOut.disableProperty().bind(vm.busyProperty());
        signOut.textProperty().bind(Bindings.when(
                        vm.activityProperty().isEqualTo(AccountViewModel.Activity.SIGNING_OUT))
                .then(words.getString("signingOut")).otherwise(words.getString("signOut")));
        signOut.setOnAction(e -> vm.signOut());

        HBox top = new HBox(16, avatar(), who, signOut);
        top.setAlignment(Pos.CENTER_LEFT);

        Label since = field("accountMemberSince");
        Label cloud = field("accountCloudStatus", "badge");
        Label address = field("accountCloudAddress");
        address.getStyleClass().add("cloud-address");
        Button copy = iconButton(Material2AL.CONTENT_COPY, "profile.copyAddress", "accountCopyAddress");
        copy.setOnAction(e -> vm.copyCloudAddress());
        Button open = iconButton(Material2MZ.OPEN_IN_NEW, "profile.openAddress", "accountOpenAddress");
        open.setOnAction(e -> vm.openCloudAddress());
        HBox addressRow = new HBox(6, address, copy, open);
        addressRow.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(24);
        facts.setVgap(10);
        facts.getColumnConstraints().addAll(new ColumnConstraints(140), new ColumnConstraints());
        Label sinceKey = key("profile.memberSince");
        Label cloudKey = key("profile.cloud");
        Label addressKey = key("profile.cloudAddress");
        facts.addRow(0, sinceKey, since);
        facts.addRow(1, cloudKey, cloud);
        facts.addRow(2, addressKey, addressRow);

        java.util.function.Consumer<ProfileCard> render = c -> {
            name.setText(c == null ? "" : c.title());
            username.setText(c == null ? null : c.username());
            email.setText(c == null ? null : c.email());
            since.setText(c == null ? null : c.memberSince());
            cloud.setText(c == null ? null : c.cloudStatus());
            cloud.getStyleClass().removeAll("tone-good", "tone-waiting", "tone-bad", "tone-neutral");
            if (c != null) {
                cloud.getStyleClass().add("tone-" + c.cloudTone().name().toLowerCase(java.util.Locale.ROOT));
            }
            address.setText(c == null ? null : c.cloudAddress());
            boolean web = c != null && ProfileCard.isWebAddress(c.cloudAddress());
            open.setVisible(web);
            open.setManaged(web);
            for (Node n : new Node[] {username, email, since, sinceKey, cloud, cloudKey, addressRow, addressKey}) {
                boolean has = !(n instanceof Label l) || (l.getText() != null && !l.getText().isEmpty());
                if (n == addressRow) {
                    has = address.getText() != null && !address.getText().isEmpty();
                }
                n.setVisible(has);
                n.setManaged(has);
            }
            sinceKey.setVisible(since.isVisible());
            sinceKey.setManaged(since.isVisible());
            cloudKey.setVisible(cloud.isVisible());
            cloudKey.setManaged(cloud.isVisible());
            addressKey.setVisible(addressRow.isVisible());
            addressKey.setManaged(addressRow.isVisible());
            boolean anyFact = since.isVisible() || cloud.isVisible() || addressRow.isVisible();
            facts.setVisible(anyFact);
            facts.setManaged(anyFact);
        };
        render.accept(vm.getCard());
        vm.cardProperty().addListener((obs, old, c) -> render.accept(c));

        Separator line = new Separator();
        line.visibleProperty().bind(facts.visibleProperty());
        line.managedProperty().bind(facts.managedProperty());
        VBox card = new VBox(16, top, line, facts);
        card.setId("accountProfile");
        card.getStyleClass().add("page-card");
        card.setPadding(new Insets(20, 24, 20, 24));
        return card;
    }

    private Node avatar() {
        Circle disc = new Circle(AVATAR / 2);
        disc.getStyleClass().add("avatar-disc");
        Label initials = new Label();
        initials.setId("accountAvatarInitials");
        initials.getStyleClass().add("avatar-initials");
        FontIcon person = new FontIcon(Material2MZ.PERSON);
        person.getStyleClass().add("avatar-person");
        ImageView image = new ImageView();
        image.setId("accountAvatarImage");
        image.setFitWidth(AVATAR);
        image.setFitHeight(AVATAR);
        image.setPreserveRatio(false);
        image.setSmooth(true);
        image.setClip(new Circle(AVATAR / 2, AVATAR / 2, AVATAR / 2));
        java.util.function.Consumer<ProfileCard> showInitials = c -> {
            String text = c == null ? "" : c.initials();
            initials.setText(text);
            person.setVisible(text.isEmpty());
        };
        java.util.function.Consumer<byte[]> showPicture = bytes -> {
            Image img = bytes == null ? null : new Image(new ByteArrayInputStream(bytes), AVATAR * 2, AVATAR * 2, true, true);
            image.setImage(img == null || img.isError() ? null : img);
        };
        showInitials.accept(vm.getCard());
        showPicture.accept(vm.avatarProperty().get());
        vm.cardProperty().addListener((obs, old, c) -> showInitials.accept(c));
        vm.avatarProperty().addListener((obs, old, bytes) -> showPicture.accept(bytes));
        image.visibleProperty().bind(image.imageProperty().isNotNull());
        initials.visibleProperty().bind(image.imageProperty().isNull());
        StackPane pane = new StackPane(disc, person, initials, image);
        pane.setMinSize(AVATAR, AVATAR);
        pane.setMaxSize(AVATAR, AVATAR);
        pane.getStyleClass().add("avatar");
        Tooltip loading = new Tooltip(words.getString("profile.pictureLoading"));
        vm.avatarLoadingProperty().addListener((obs, was, now) -> Tooltip.install(pane, now ? loading : null));
        return pane;
    }

    private Node linkedAccounts() {
        Label heading = new Label(words.getString("linked.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label sub = wrapped(words.getString("linked.subtitle"), Styles.TEXT_MUTED);
        VBox headings = new VBox(2, heading, sub);
        HBox.setHgrow(headings, Priority.ALWAYS);

        MenuButton link = new MenuButton(words.getString("link.another"), new FontIcon(Material2AL.LINK));
        link.setId("accountLinkMenu");
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.linkableProviders())));
        Runnable fillMenu = () -> {
            link.getItems().clear();
            for (AccountViewModel.ProviderChoice choice : vm.linkableProviders()) {
                MenuItem item = new MenuItem(choice.name(), brandIcon(choice.type()));
                item.setId("accountLink-" + choice.type().value());
                item.setOnAction(e -> vm.link(choice.type()));
                link.getItems().add(item);
            }
        };
        fillMenu.run();
        vm.linkableProviders().addListener((ListChangeListener<AccountViewModel.ProviderChoice>) ch -> fillMenu.run());
        Tooltip allLinked = new Tooltip(words.getString("link.allLinked"));
        link.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(vm.linkableProviders()))
                .then(allLinked).otherwise((Tooltip) null));
        HBox header = new HBox(16, headings, link);
        header.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label busy = new Label();
        busy.setId("accountLinkBusy");
        busy.textProperty().bind(vm.busyTextProperty());
        HBox busyRow = new HBox(8, spinner, busy);
        busyRow.setAlignment(Pos.CENTER_LEFT);
        busyRow.visibleProperty().bind(vm.activityProperty().isEqualTo(AccountViewModel.Activity.LINKING));
        busyRow.managedProperty().bind(busyRow.visibleProperty());

        VBox rows = new VBox();
        rows.setId("accountProviders");
        rows.getStyleClass().add("page-card");
        Label none = wrapped(words.getString("linked.none"), Styles.TEXT_MUTED);
        none.setPadding(new Insets(14, 16, 14, 16));
        Runnable fillRows = () -> {
            rows.getChildren().clear();
            for (LinkedAccount a : vm.linkedAccounts()) {
                if (!rows.getChildren().isEmpty()) {
                    rows.getChildren().add(new Separator());
                }
                rows.getChildren().add(providerRow(a));
            }
            if (rows.getChildren().isEmpty()) {
                rows.getChildren().add(none);
            }
        };
        fillRows.run();
        vm.linkedAccounts().addListener((ListChangeListener<LinkedAccount>) ch -> fillRows.run());
        return new VBox(12, header, busyRow, rows);
    }

    private Node providerRow(LinkedAccount a) {
        FontIcon icon = brandIcon(a.type());
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("provider-icon");
        badge.setMinSize(36, 36);
        badge.setMaxSize(36, 36);
        Label name = new Label(a.providerName());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        VBox text = new VBox(2, name);
        if (a.account() != null) {
            Label account = wrapped(a.account(), Styles.TEXT_MUTED);
            account.getStyleClass().add("provider-account");
            text.getChildren().add(account);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, badge, text);
        if (a.linked() != null) {
            Label when = new Label(a.linked());
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "provider-linked");
            when.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(when);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(12, 16, 12, 16));
        row.getStyleClass().add("provider-row");
        row.setId("accountProvider-" + a.type().value());
        return row;
    }

    // ---- small pieces ----

    static FontIcon brandIcon(ExternalProviderType type) {
        Ikon ikon = type.known().map(k -> switch (k) {
            case GITHUB -> (Ikon) FontAwesomeBrands.GITHUB;
            case GOOGLE_OAUTH2 -> FontAwesomeBrands.GOOGLE;
            case BITBUCKET -> FontAwesomeBrands.BITBUCKET;
            case LINKEDIN -> FontAwesomeBrands.LINKEDIN;
            case TWITTER -> FontAwesomeBrands.TWITTER;
            case FACEBOOK -> FontAwesomeBrands.FACEBOOK;
            case WAAD -> FontAwesomeBrands.MICROSOFT;
            case AUTH0 -> Material2AL.EMAIL;
        }).orElse(Material2AL.LINK);
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("brand-icon");
        return icon;
    }

    private void showFor(Node node, AccountViewModel.Stage stage) {
        node.visibleProperty().bind(vm.stageProperty().isEqualTo(stage));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Button iconButton(Ikon ikon, String tooltipKey, String id) {
        Button b = new Button(null, new FontIcon(ikon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(words.getString(tooltipKey)));
        b.setAccessibleText(words.getString(tooltipKey));
        return b;
    }

    private Label key(String wordKey) {
        Label l = new Label(words.getString(wordKey));
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label field(String id, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        return l;
    }

    private static Label wrapped(String text, String... styles) {
        return SectionPage.wrapped(text, styles);
    }

    private static void collapseWhenEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }
}
