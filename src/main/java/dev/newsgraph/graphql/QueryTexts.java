package dev.newsgraph.graphql;

/**
 * The limit on texts a query passes (a search, a filter's text or name). PostgreSQL's full-text parser turns a text
 * into a query tree as deep as its words, so a long one can exhaust the server's stack ("stack depth limit exceeded")
 * or keep a connection busy for minutes; no search box sends this much. Mutations take long texts (an article) and
 * have limits of their own.
 */
public final class QueryTexts {

    /** The most characters (UTF-16 units) one text of a query may hold. */
    public static final int LONGEST = 256;

    private QueryTexts() {
    }

    /** {@code text}, or BAD_USER_INPUT naming {@code argument} when it is longer than {@link #LONGEST}. */
    public static String check(String argument, String text) {
        if (text != null && text.length() > LONGEST) {
            throw new ApiException.BadUserInput(tooLong(argument, text));
        }
        return text;
    }

    static String tooLong(String argument, String text) {
        return argument + " is " + text.length() + " characters long; queries take at most " + LONGEST + ".";
    }
}
