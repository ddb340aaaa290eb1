package dev.newsgraph.extract;

/** The input cannot be read as an article: empty, binary, or with no text left once boilerplate is removed. */
public class UnreadableTextException extends RuntimeException {
    public UnreadableTextException(String message) {
        super(message);
    }
}
