package dev.newsgraph.graphql;

/** A validated {@code first}/{@code after} pair. */
public record PageRequest(int first, Cursor after) {

    /** Largest page a client may ask for. */
    public static final int MAX_FIRST = 100;

    /** Validates the arguments of a connection field of {@code kind}. */
    public static PageRequest of(String kind, Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new ApiException.BadUserInput("'first' must be between 0 and " + MAX_FIRST + ", got " + size + ".");
        }
        return new PageRequest(size, Cursor.decode(kind, after));
    }
}
