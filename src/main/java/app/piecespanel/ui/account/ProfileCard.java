package app.piecespanel.ui.account;

import app.piecespanel.api.model.AllocationCloud;
import app.piecespanel.api.model.AllocationCloudUrl;
import app.piecespanel.api.model.AllocationStatus;
import app.piecespanel.api.model.GroupedTimestamp;
import app.piecespanel.api.model.UserProfile;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the profile card shows, in words, drawn from a {@link UserProfile}. Every field but {@code title} and
 * {@code initials} may be null, meaning "leave it out": a value that is missing, blank, or one of the generated
 * clients' placeholders is never shown. Holds no secret: the profile's keys and tokens are never read here.
 *
 * @param title the name, else the username, else the email, else a neutral "Signed in to Pieces"
 * @param username "@name", when there is one and it is not already the title
 * @param email when there is one and it is not already the title
 * @param memberSince the date the account was created
 * @param cloudStatus the personal cloud's state in words (an unknown state is named as sent)
 * @param cloudTone how {@code cloudStatus} should look
 * @param cloudAddress the personal cloud's address: its vanity address when there is one
 * @param initials one or two letters for the picture placeholder ("" when nothing is known)
 */
public record ProfileCard(String title, String username, String email, String memberSince, String cloudStatus,
                          Tone cloudTone, String cloudAddress, String initials) {

    /** What the generated client models put in when PiecesOS sent nothing: not the person's data. */
    static final String PLACEHOLDER_EMAIL = "user@pieces.app";
    static final String PLACEHOLDER_PICTURE = "https://picsum.photos/200";

    static ProfileCard of(UserProfile p, ResourceBundle words, ZoneId zone, Locale locale) {
        String name = present(p.name());
        String username = present(p.username());
        String email = email(p.email());
        String title = name != null ? name : username != null ? username : email != null ? email
                : words.getString("profile.fallbackTitle");
        String shownUsername = username == null || username.equals(title) ? null : "@" + username;
        String shownEmail = email == null || email.equals(title) ? null : email;
        String since = date(p.created(), zone, locale);
        String cloudStatus = null;
        Tone tone = Tone.NEUTRAL;
        String address = null;
        AllocationCloud cloud = p.allocation();
        if (cloud != null) {
            AllocationStatus s = cloud.status() == null ? null : cloud.status().cloud();
            cloudStatus = cloudWords(s, words);
            tone = cloudTone(s);
            address = cloud.urls() == null ? null : address(cloud.urls().vanity(), cloud.urls().base());
        }
        return new ProfileCard(title, shownUsername, shownEmail, since, cloudStatus, tone, address,
                initials(name, username, email));
    }

    /** The picture's address, or null when there is none (or only the generated placeholder). */
    static String picture(UserProfile p) {
        String pic = present(p.picture());
        return pic == null || pic.equals(PLACEHOLDER_PICTURE) ? null : pic;
    }

    /** True for an absolute http(s) address with a host: the only kind the panel opens. */
    public static boolean isWebAddress(String s) {
        if (s == null) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String present(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() || t.equalsIgnoreCase("null") ? null : t;
    }

    private static String email(String s) {
        String e = present(s);
        return e == null || e.equalsIgnoreCase(PLACEHOLDER_EMAIL) ? null : e;
    }

    /** A date as people read it, in the panel's zone; null when absent. */
    static String date(GroupedTimestamp t, ZoneId zone, Locale locale) {
        if (t == null || t.value() == null) {
            return null;
        }
        return t.value().atZoneSameInstant(zone).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    static String cloudWords(AllocationStatus s, ResourceBundle words) {
        if (s == null) {
            return words.getString("cloud.UNKNOWN");
        }
        return s.known()
                .map(k -> words.getString("cloud." + k.name()))
                .orElseGet(() -> MessageFormat.format(words.getString("cloud.other"), s.value()));
    }

    private static Tone cloudTone(AllocationStatus s) {
        if (s == null || s.known().isEmpty()) {
            return Tone.NEUTRAL;
        }
        return switch (s.known().get()) {
            case RUNNING, SUCCEEDED -> Tone.GOOD;
            case PENDING -> Tone.WAITING;
            case FAILED -> Tone.BAD;
            case UNKNOWN -> Tone.NEUTRAL;
        };
    }

    private static String address(AllocationCloudUrl vanity, AllocationCloudUrl base) {
        String v = vanity == null ? null : present(vanity.url());
        if (v != null) {
            return v;
        }
        return base == null ? null : present(base.url());
    }

    private static String initials(String name, String username, String email) {
        String from = name != null ? name : username != null ? username : email;
        if (from == null) {
            return "";
        }
        if (from == email) {
            from = from.substring(0, Math.max(1, from.indexOf('@')));
        }
        String[] parts = from.split("[\\s._-]+");
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isLetterOrDigit(part.codePointAt(0))) {
                b.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        if (b.length() == 0) {
            return "";
        }
        // first and last word: "Ada King Lovelace" -> "AL"
        int first = b.codePointAt(0);
        int last = b.codePointBefore(b.length());
        int count = b.codePointCount(0, b.length());
        return count == 1 || name == null
                ? new String(Character.toChars(first))
                : new String(Character.toChars(first)) + new String(Character.toChars(last));
    }
}
