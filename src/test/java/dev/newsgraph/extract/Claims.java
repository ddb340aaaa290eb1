package dev.newsgraph.extract;

import java.util.List;

/** Picks out the claim a test is about from those an extraction gave. */
final class Claims {

    private Claims() {
    }

    /** The first claim whose text holds {@code textPart}; fails the test, listing every claim, when none does. */
    static ExtractedClaim with(List<ExtractedClaim> claims, String textPart) {
        return claims.stream().filter(c -> c.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + textPart + "' among " + claims));
    }
}
