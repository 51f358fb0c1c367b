package app.piecespanel.ui.account;

import app.piecespanel.api.model.ExternalProvider;
import app.piecespanel.api.model.ExternalProviderProfileData;
import app.piecespanel.api.model.ExternalProviderType;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One linked login provider as the list shows it. Built from the provider's public profile data only: its access
 * token is never read.
 *
 * @param type the provider type as sent (the view picks an icon by it)
 * @param providerName "GitHub", "Google", …; an unknown type is named as sent
 * @param account the name and email (or handle) on that account, or null when the provider told none
 * @param linked "Linked 3 Mar 2026", or null when the date is missing
 */
public record LinkedAccount(ExternalProviderType type, String providerName, String account, String linked) {

    static LinkedAccount of(ExternalProvider p, ResourceBundle words, ZoneId zone, Locale locale) {
        ExternalProviderProfileData d = p.profileData();
        String account = null;
        if (d != null) {
            String name = ProfileCard.present(d.name());
            String nickname = ProfileCard.present(d.nickname());
            String email = ProfileCard.present(d.email());
            String who = name != null ? name : nickname == null ? null : "@" + nickname;
            String reach = email != null ? email : name != null && nickname != null ? "@" + nickname : null;
            account = Stream.of(who, reach).filter(s -> s != null).collect(Collectors.joining(" · "));
            account = account.isEmpty() ? null : account;
        }
        String date = ProfileCard.date(p.created(), zone, locale);
        String linked = date == null ? null : MessageFormat.format(words.getString("linked.since"), date);
        return new LinkedAccount(p.type(), providerName(p.type(), words), account, linked);
    }

    /** "GitHub", "Google", …; a type this panel does not know is named as PiecesOS sent it. */
    static String providerName(ExternalProviderType type, ResourceBundle words) {
        String key = "provider." + type.value();
        if (type.known().isPresent() && words.containsKey(key)) {
            return words.getString(key);
        }
        return MessageFormat.format(words.getString("provider.other"), type.value());
    }
}
