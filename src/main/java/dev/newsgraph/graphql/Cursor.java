package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset position: the sort key of the last item seen and its id. Encoded as base64url
 * of {@code <kind>|<id>|<key>}, so a cursor of one connection is rejected by another.
 *
 * @param key the sort key as text, or null where the item has none (an undated article)
 */
public record Cursor(String kind, long id, String key) {

    /** The opaque string clients pass back as {@code after}. */
    public String encode() {
        String raw = kind + "|" + id + "|" + (key == null ? "" : "=" + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes {@code after} for a connection of {@code kind}; null stays null, anything else malformed is BAD_USER_INPUT. */
    public static Cursor decode(String kind, String after) {
        if (after == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int first = raw.indexOf('|');
            int second = raw.indexOf('|', first + 1);
            if (first < 0 || second < 0 || !raw.substring(0, first).equals(kind)) {
                throw new IllegalArgumentException("wrong shape");
            }
            String digits = raw.substring(first + 1, second);
            // Long.parseLong also reads Arabic-Indic and other digits, which would give one position two spellings
            if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("wrong id");
            }
            long id = Long.parseLong(digits);
            String rest = raw.substring(second + 1);
            String key;
            if (rest.isEmpty()) {
                key = null;
            } else if (rest.startsWith("=")) {
                key = rest.substring(1);
            } else {
                throw new IllegalArgumentException("wrong key");
            }
            return new Cursor(kind, id, key);
        } catch (IllegalArgumentException e) {
            throw new ApiException.BadUserInput("'after' is not a cursor of this list; pass an endCursor or edge cursor "
                    + "returned by the same field.");
        }
    }
}
