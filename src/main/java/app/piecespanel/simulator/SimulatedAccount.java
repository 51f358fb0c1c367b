package app.piecespanel.simulator;

import app.piecespanel.api.model.Aesthetics;
import app.piecespanel.api.model.AllocationCloud;
import app.piecespanel.api.model.AllocationCloudStatus;
import app.piecespanel.api.model.AllocationCloudUrl;
import app.piecespanel.api.model.AllocationCloudUrls;
import app.piecespanel.api.model.AllocationStatus;
import app.piecespanel.api.model.Auth0OpenAIUserMetadata;
import app.piecespanel.api.model.Auth0UserAllocationMetadata;
import app.piecespanel.api.model.Auth0UserMetadata;
import app.piecespanel.api.model.ExternalProvider;
import app.piecespanel.api.model.ExternalProviderProfileData;
import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.ExternalProviders;
import app.piecespanel.api.model.Font;
import app.piecespanel.api.model.GroupedTimestamp;
import app.piecespanel.api.model.Secret;
import app.piecespanel.api.model.Theme;
import app.piecespanel.api.model.UserProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Who is signed in to the simulated PiecesOS. Every secret it hands out starts with the secret marker, so a test can
 * search every output (screens, logs, exports) for the marker and find any leak.
 */
final class SimulatedAccount {
    private static final String GITHUB = ExternalProviderType.Known.GITHUB.wire();

    private final String secretMarker;
    private final boolean sparse;
    private Person person; // guarded by this; null when signed out

    SimulatedAccount(String secretMarker, boolean sparse) {
        this.secretMarker = secretMarker;
        this.sparse = sparse;
    }

    /** The facts of one sign-in; the profile is drawn from them on each answer so URLs follow the current port. */
    private record Person(String id, Instant accountCreated, Instant signedIn, String cloudKey, String stripeCustomerId,
                          String openAiKey, String openAiOrganization, List<LinkedProvider> providers) {}

    private record LinkedProvider(String type, String userId, String accessToken, Instant linked) {}

    synchronized boolean isSignedIn() {
        return person != null;
    }

    /** Signs in (if not already) and returns nothing; the profile is read with {@link #profile}. */
    synchronized void signIn() {
        if (person != null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<LinkedProvider> providers = new ArrayList<>();
        providers.add(new LinkedProvider(GITHUB, "github|" + digits(8), secret("github-token"), now));
        person = new Person(UUID.randomUUID().toString(), now.minus(Duration.ofDays(412)), now,
                secret("cloud-key"), secret("stripe-customer"), secret("openai-key"), secret("openai-org"), providers);
    }

    synchronized void signOut() {
        person = null;
    }

    /** Links a provider of this type unless one is linked already; false when nobody is signed in. */
    synchronized boolean link(ExternalProviderType type) {
        if (person == null) {
            return false;
        }
        boolean present = person.providers().stream().anyMatch(p -> p.type().equals(type.value()));
        if (!present) {
            person.providers().add(new LinkedProvider(type.value(), type.value() + "|" + digits(12),
                    secret(type.value() + "-token"), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        }
        return true;
    }

    synchronized Optional<UserProfile> profile(URI base) {
        if (person == null) {
            return Optional.empty();
        }
        Person p = person;
        if (sparse) {
            // only what the API requires, a blank username, and the generated client models' placeholders
            return Optional.of(new UserProfile(SimJson.SCHEMA, "https://picsum.photos/200", "user@pieces.app", null,
                    null, " ", p.id(), null, new Aesthetics(null, new Theme(null, true), new Font(null, 12)), null,
                    null, null, null));
        }
        String avatar = base.resolve("/sim/avatar.png").toString();
        String vanity = "ada-lovelace";
        List<ExternalProvider> providers = new ArrayList<>();
        for (LinkedProvider lp : p.providers()) {
            providers.add(provider(lp, avatar));
        }
        AllocationStatus running = AllocationStatus.of(AllocationStatus.Known.RUNNING);
        String allocationId = p.id().substring(0, 8);
        AllocationCloud allocation = new AllocationCloud(SimJson.SCHEMA, allocationId, p.id(),
                new AllocationCloudUrls(null,
                        new AllocationCloudUrl(null, running, "https://" + allocationId + ".pieces.cloud"),
                        new AllocationCloudUrl(null, running, "https://" + p.id() + ".pieces.cloud"),
                        new AllocationCloudUrl(null, running, "https://" + vanity + ".pieces.cloud")),
                new AllocationCloudStatus(null, running), "pieces-sim-project",
                timestamp(p.signedIn()), "12.3.1", "us-central1");
        Auth0UserMetadata auth0 = new Auth0UserMetadata(null, "global-" + p.id(), Secret.of(p.cloudKey()),
                Secret.of(p.stripeCustomerId()), vanity,
                new Auth0UserAllocationMetadata("pieces-sim-project", "us-central1"),
                new Auth0OpenAIUserMetadata(null, Secret.of(p.openAiKey()), "Simulated key",
                        Secret.of(p.openAiOrganization())),
                null);
        return Optional.of(new UserProfile(SimJson.SCHEMA, avatar, "ada.lovelace@example.com",
                timestamp(p.accountCreated()), timestamp(p.signedIn()), "ada", p.id(), "Ada Lovelace",
                new Aesthetics(null, new Theme(null, false), new Font(null, 12)), vanity, allocation,
                new ExternalProviders(null, providers), auth0));
    }

    private static ExternalProvider provider(LinkedProvider lp, String avatar) {
        boolean github = lp.type().equals(GITHUB);
        String login = "ada-sim";
        ExternalProviderProfileData data = github
                ? new ExternalProviderProfileData("Ada Lovelace", avatar, login, "ada.lovelace@example.com", true,
                        "MDQ6VXNlcjE4MTU=", "", "https://api.github.com/users/" + login,
                        "https://github.com/" + login,
                        "https://api.github.com/users/" + login + "/followers",
                        "https://api.github.com/users/" + login + "/following{/other_user}",
                        "https://api.github.com/users/" + login + "/gists{/gist_id}",
                        "https://api.github.com/users/" + login + "/starred{/owner}{/repo}",
                        "https://api.github.com/users/" + login + "/subscriptions",
                        "https://api.github.com/users/" + login + "/orgs",
                        "https://api.github.com/users/" + login + "/repos",
                        "https://api.github.com/users/" + login + "/events{/privacy}",
                        "https://api.github.com/users/" + login + "/received_events",
                        "User", false, "Analytical Engines Ltd", "https://example.com/ada", null, true,
                        "Writes the first programs.", null, 12L, 3L, 1815L, 42L,
                        "2012-12-10T08:00:00Z", "2025-11-27T12:00:00Z", 1L, 4L, 4L, 20480L, 0L, true)
                : new ExternalProviderProfileData("Ada Lovelace", avatar, "ada", "ada.lovelace@example.com", true,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null);
        return new ExternalProvider(null, ExternalProviderType.of(lp.type()), lp.userId(), Secret.of(lp.accessToken()),
                28_800, timestamp(lp.linked()), timestamp(lp.linked()), data, lp.type(), true);
    }

    static GroupedTimestamp timestamp(Instant at) {
        long days = Duration.between(at, Instant.now()).toDays();
        String readable = days <= 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        return new GroupedTimestamp(null, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), readable);
    }

    private String secret(String kind) {
        return secretMarker + "-" + kind + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        b.append(ThreadLocalRandom.current().nextInt(1, 10));
        while (b.length() < n) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }
}
