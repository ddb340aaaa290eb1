package dev.newsgraph.extract;

/** A half-open range {@code [start, end)} of the cleaned article body, with the text it covers. */
public record TextSpan(int start, int end, String text) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not match its offsets");
        }
    }

    /** The span of {@code body} between the two offsets. */
    public static TextSpan of(String body, int start, int end) {
        return new TextSpan(start, end, body.substring(start, end));
    }
}
