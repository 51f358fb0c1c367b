package app.piecespanel.ui.account;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.model.ExternalProvider;
import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.api.model.Users;
import app.piecespanel.ui.common.CallLifecycle;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Problem;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who PiecesOS is signed in as, and what the person can do about it: sign in (which waits for the browser and can
 * be cancelled), sign out (after a confirmation), link another login provider. One account call at a time; a
 * failure becomes a {@link Problem} with a fitting action ({@link #retry()}), and what was on screen stays.
 *
 * <p>The OS API has no "who is signed in" read: the account is known once a sign-in (or a link) answered. The
 * profile's secrets (tokens, keys) are never read into anything shown.
 */
public final class AccountViewModel {
    /** What the page shows. */
    public enum Stage {
        SIGNED_OUT,
        SIGNING_IN,
        SIGNED_IN
    }

    /** The call under way, for the words next to it. */
    public enum Activity {
        NONE,
        SIGNING_IN,
        SIGNING_OUT,
        LINKING
    }

    private final PanelContext context;
    private final AvatarLoader avatars;
    private final ResourceBundle words;
    private final Locale locale;
    private final CallLifecycle calls;
    private final ReadOnlyObjectWrapper<UserProfile> user = new ReadOnlyObjectWrapper<>(this, "user");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.SIGNED_OUT);
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(this, "activity", Activity.NONE);
    private final ReadOnlyObjectWrapper<ProfileCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final ObservableList<LinkedAccount> linked = FXCollections.observableArrayList();
    private final ObservableList<LinkedAccount> linkedView = FXCollections.unmodifiableObservableList(linked);
    private final ObservableList<ProviderChoice> linkable = FXCollections.observableArrayList();
    private final ObservableList<ProviderChoice> linkableView = FXCollections.unmodifiableObservableList(linkable);
    private final ReadOnlyObjectWrapper<byte[]> avatar = new ReadOnlyObjectWrapper<>(this, "avatar");
    private final ReadOnlyBooleanWrapper avatarLoading = new ReadOnlyBooleanWrapper(this, "avatarLoading");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper problemAction = new ReadOnlyStringWrapper(this, "problemAction");
    private Runnable retry = () -> {};
    private long avatarGeneration;
    private String avatarAddress;

    /** A provider type that can still be linked, with its name. */
    public record ProviderChoice(ExternalProviderType type, String name) {}

    public AccountViewModel(PanelContext context, AvatarLoader avatars, Locale locale) {
        this.context = context;
        this.avatars = avatars;
        this.locale = locale;
        this.words = ResourceBundle.getBundle("app.piecespanel.ui.account.account", locale);
        this.calls = new CallLifecycle(context.ui(), context.clock());
        problemAction.set(words.getString("retry"));
    }

    // ---- intents ----

    /**
     * Starts signing in: PiecesOS opens the browser and answers when the person is done. Does nothing while an
     * account call runs (no second sign-in) or when someone is signed in already.
     */
    public void signIn() {
        if (calls.isBusy() || user.get() != null) {
            return;
        }
        begin(Activity.SIGNING_IN, words.getString("signingIn.title"), this::signIn);
        calls.run(() -> context.client().signIn(), this::show, this::failed);
    }

    /** Abandons the sign-in under way (PiecesOS sees the request dropped) and returns to signed out. */
    public void cancelSignIn() {
        if (activity.get() != Activity.SIGNING_IN) {
            return;
        }
        calls.cancel();
        activity.set(Activity.NONE);
        busyText.set("");
        notice.set(words.getString("signIn.cancelled"));
        updateStage();
    }

    /** Asks for a confirmation, then signs out; afterwards nothing personal stays on screen. */
    public void signOut() {
        if (calls.isBusy() || user.get() == null) {
            return;
        }
        String name = card.get() == null ? null : card.get().title();
        String whose = name == null ? words.getString("signOut.confirm.you")
                : MessageFormat.format(words.getString("signOut.confirm.named"), name);
        boolean yes = context.dialogs().confirm(words.getString("signOut.confirm.title"),
                MessageFormat.format(words.getString("signOut.confirm.message"), whose),
                words.getString("signOut.confirm.button"));
        if (yes) {
            sendSignOut();
        }
    }

    private void sendSignOut() {
        if (calls.isBusy()) {
            return;
        }
        begin(Activity.SIGNING_OUT, words.getString("signingOut"), this::sendSignOut);
        calls.run(() -> context.client().signOut(), this::signedOut, this::failed);
    }

    /** Links a login provider of {@code type} to the signed-in account. */
    public void link(ExternalProviderType type) {
        if (calls.isBusy()) {
            return;
        }
        String name = LinkedAccount.providerName(type, words);
        begin(Activity.LINKING, MessageFormat.format(words.getString("link.linking"), name), () -> link(type));
        calls.run(() -> context.client().linkProvider(type), answer -> {
            if (answer.user() == null) {
                nobodySignedIn(type, "POST /os/link_provider answered without a user");
            } else {
                show(answer.user());
            }
        }, error -> {
            if (ApiFailure.of(error) instanceof ApiFailure.NotSignedIn n) {
                nobodySignedIn(type, n.detail());
            } else {
                failed(error);
            }
        });
    }

    /** Copies the personal cloud's address (never anything secret) to the clipboard. */
    public void copyCloudAddress() {
        ProfileCard c = card.get();
        if (c != null && c.cloudAddress() != null) {
            context.desktop().copyToClipboard(c.cloudAddress());
            context.dialogs().notify(words.getString("profile.copied"));
        }
    }

    /** Opens the personal cloud's address in the browser, when it is an http(s) address. */
    public void openCloudAddress() {
        ProfileCard c = card.get();
        if (c != null && ProfileCard.isWebAddress(c.cloudAddress())) {
            context.desktop().browse(java.net.URI.create(c.cloudAddress()));
        }
    }

    /** Does what the problem's action offers: the failed step again, or "Sign in" after a 401. */
    public void retry() {
        retry.run();
    }

    /** Tries the picture again when it could not be loaded (the page's Refresh). */
    public void refresh() {
        UserProfile p = user.get();
        if (p != null && avatar.get() == null && !avatarLoading.get()) {
            avatarAddress = null;
            loadAvatar(p);
        }
    }

    // ---- outcomes ----

    private void begin(Activity what, String text, Runnable again) {
        retry = again;
        problemAction.set(words.getString("retry"));
        notice.set("");
        activity.set(what);
        busyText.set(text);
        updateStage();
    }

    private void show(UserProfile p) {
        end();
        ZoneId zone = context.clock().getZone();
        user.set(p);
        card.set(ProfileCard.of(p, words, zone, locale));
        List<LinkedAccount> accounts = new ArrayList<>();
        Set<String> have = new HashSet<>();
        if (p.providers() != null && p.providers().iterable() != null) {
            for (ExternalProvider provider : p.providers().iterable()) {
                if (provider != null && provider.type() != null) {
                    accounts.add(LinkedAccount.of(provider, words, zone, locale));
                    have.add(provider.type().value());
                }
            }
        }
        linked.setAll(accounts);
        List<ProviderChoice> choices = new ArrayList<>();
        for (ExternalProviderType.Known k : ExternalProviderType.Known.values()) {
            if (!have.contains(k.wire())) {
                ExternalProviderType t = ExternalProviderType.of(k);
                choices.add(new ProviderChoice(t, LinkedAccount.providerName(t, words)));
            }
        }
        linkable.setAll(choices);
        loadAvatar(p);
        updateStage();
    }

    private void signedOut(Users stillSignedIn) {
        end();
        if (!stillSignedIn.iterable().isEmpty()) {
            calls.report(new Problem(words.getString("signOut.stillSignedIn"),
                    "POST /os/sign_out answered with " + stillSignedIn.iterable().size() + " user(s) still signed in"));
            return;
        }
        forget();
        context.dialogs().notify(words.getString("signOut.done"));
    }

    private void nobodySignedIn(ExternalProviderType wanted, String details) {
        end();
        forget();
        retry = this::signIn;
        problemAction.set(words.getString("signIn"));
        calls.report(new Problem(MessageFormat.format(words.getString("link.signInFirst"),
                LinkedAccount.providerName(wanted, words)), details));
    }

    private void failed(Throwable error) {
        end();
        calls.report(Problem.of(error));
        updateStage();
    }

    private void end() {
        activity.set(Activity.NONE);
        busyText.set("");
    }

    /** Signed out: every personal detail leaves the screen (and memory). */
    private void forget() {
        avatarGeneration++;
        avatarAddress = null;
        user.set(null);
        card.set(null);
        linked.clear();
        linkable.clear();
        avatar.set(null);
        avatarLoading.set(false);
        updateStage();
    }

    private void updateStage() {
        stage.set(user.get() != null ? Stage.SIGNED_IN
                : activity.get() == Activity.SIGNING_IN ? Stage.SIGNING_IN : Stage.SIGNED_OUT);
    }

    private void loadAvatar(UserProfile p) {
        String address = ProfileCard.picture(p);
        if (address != null && address.equals(avatarAddress) && (avatar.get() != null || avatarLoading.get())) {
            return; // the same picture as before (a link refreshed the profile)
        }
        long mine = ++avatarGeneration;
        avatarAddress = address;
        avatar.set(null);
        if (address == null) {
            avatarLoading.set(false);
            return;
        }
        avatarLoading.set(true);
        avatars.load(address).whenComplete((bytes, error) -> context.ui().execute(() -> {
            if (mine != avatarGeneration) {
                return; // signed out, or another picture since
            }
            avatarLoading.set(false);
            avatar.set(error == null ? bytes : null);
        }));
    }

    // ---- state ----

    /** The signed-in person, or null. */
    public ReadOnlyObjectProperty<UserProfile> userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public Stage getStage() {
        return stage.get();
    }

    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** The profile card's words, or null when signed out. */
    public ReadOnlyObjectProperty<ProfileCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ProfileCard getCard() {
        return card.get();
    }

    public ObservableList<LinkedAccount> linkedAccounts() {
        return linkedView;
    }

    /** The provider types not linked yet. */
    public ObservableList<ProviderChoice> linkableProviders() {
        return linkableView;
    }

    /** The picture's bytes once loaded; null while loading, when there is none, or when it failed (initials then). */
    public ReadOnlyObjectProperty<byte[]> avatarProperty() {
        return avatar.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty avatarLoadingProperty() {
        return avatarLoading.getReadOnlyProperty();
    }

    /** True while an account call runs: every account button but Cancel waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    /** What runs now, in words ("Linking GitHub…"), or "". */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** A calm remark that is not a problem (a sign-in was cancelled), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return calls.problemProperty();
    }

    public Problem getProblem() {
        return calls.getProblem();
    }

    /** The label of the problem's action: "Retry", or "Sign in" when PiecesOS said nobody is signed in. */
    public ReadOnlyStringProperty problemActionProperty() {
        return problemAction.getReadOnlyProperty();
    }
}
