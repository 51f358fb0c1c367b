package app.piecespanel.ui.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file picker's extension filter as a person types it: {@code java, md} (commas, semicolons or spaces between).
 * An extension is letters and digits only; the usual slips (a leading dot, a wildcard, a double extension) are
 * named, so the message can say exactly what to write instead.
 */
final class ExtensionFilter {
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Why a typed extension cannot be sent. */
    enum Reason {
        /** {@code .java}: the dot is not part of it. */
        LEADING_DOT,
        /** {@code *.md}, {@code ja?a}: the picker wants extensions, not patterns. */
        WILDCARD,
        /** {@code tar.gz}: only the last part is an extension. */
        INNER_DOT,
        /** {@code c++}: anything else that is not a letter or digit. */
        OTHER_CHARACTER
    }

    record Invalid(String token, Reason reason) {}

    /**
     * @param extensions the valid extensions, in order, without repeats (compared ignoring case)
     * @param invalid    the tokens that cannot be sent, in order
     */
    record Parsed(List<String> extensions, List<Invalid> invalid) {
        boolean isValid() {
            return invalid.isEmpty();
        }

        Optional<Invalid> firstInvalid() {
            return invalid.stream().findFirst();
        }
    }

    private ExtensionFilter() {}

    static Parsed parse(String text) {
        List<String> valid = new ArrayList<>();
        List<Invalid> invalid = new ArrayList<>();
        for (String token : SEPARATORS.split(text == null ? "" : text.strip())) {
            if (token.isEmpty()) {
                continue;
            }
            Optional<Reason> why = check(token);
            if (why.isPresent()) {
                invalid.add(new Invalid(token, why.get()));
            } else {
                valid.add(token);
            }
        }
        return new Parsed(withoutRepeats(valid), List.copyOf(invalid));
    }

    /** Why {@code token} is not a plain extension, or empty when it is one. */
    static Optional<Reason> check(String token) {
        if (LETTERS_AND_DIGITS.matcher(token).matches()) {
            return Optional.empty();
        }
        if (token.indexOf('*') >= 0 || token.indexOf('?') >= 0) {
            return Optional.of(Reason.WILDCARD);
        }
        if (token.startsWith(".") && LETTERS_AND_DIGITS.matcher(token.substring(1)).matches()) {
            return Optional.of(Reason.LEADING_DOT);
        }
        if (token.indexOf('.') > 0 && LETTERS_AND_DIGITS.matcher(token.replace(".", "")).matches()) {
            return Optional.of(Reason.INNER_DOT);
        }
        return Optional.of(Reason.OTHER_CHARACTER);
    }

    /** What a person most likely meant by {@code token}, to suggest in the message (may be empty). */
    static String suggestion(Invalid invalid) {
        String t = invalid.token();
        return switch (invalid.reason()) {
            case LEADING_DOT -> t.substring(1);
            case WILDCARD -> {
                String after = t.substring(t.lastIndexOf('.') + 1).replaceAll("[^\\p{L}\\p{N}]", "");
                yield after;
            }
            case INNER_DOT -> t.substring(t.lastIndexOf('.') + 1);
            case OTHER_CHARACTER -> t.replaceAll("[^\\p{L}\\p{N}]", "");
        };
    }

    /** {@code first} followed by those of {@code more} it does not hold yet (ignoring case). */
    static List<String> merge(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return withoutRepeats(all);
    }

    private static List<String> withoutRepeats(List<String> extensions) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String e : extensions) {
            byKey.putIfAbsent(e.toLowerCase(Locale.ROOT), e);
        }
        return List.copyOf(byKey.values());
    }
}
