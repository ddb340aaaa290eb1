package dev.newsgraph.graphql;

/** Parses the {@code ID} arguments clients send. */
public final class Ids {

    private Ids() {
    }

    /**
     * The numeric id in {@code id}; a BAD_USER_INPUT error names the argument when it is not one. ASCII digits only:
     * Java's isDigit also takes Arabic-Indic and other digits, which would give id 12 a second spelling.
     */
    public static long parse(String argument, String id) {
        if (id == null) {
            throw new ApiException.BadUserInput("'" + argument + "' is required.");
        }
        String trimmed = id.trim();
        if (trimmed.isEmpty() || trimmed.length() > 18 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ApiException.BadUserInput("'" + argument + "' must be an id as returned by this API (digits only), got \""
                    + abbreviate(id) + "\".");
        }
        return Long.parseLong(trimmed);
    }

    /** Like {@link #parse} but null stays null, for optional filter fields. */
    public static Long parseOptional(String argument, String id) {
        return id == null ? null : parse(argument, id);
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
