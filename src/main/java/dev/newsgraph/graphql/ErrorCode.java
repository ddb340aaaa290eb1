package dev.newsgraph.graphql;

/** The stable {@code extensions.code} values clients can rely on. */
public enum ErrorCode {
    /** An argument or input field is malformed or out of range. */
    BAD_USER_INPUT,
    /** No bearer token, or one that does not verify. */
    UNAUTHENTICATED,
    /** A verified caller without the role the operation needs. */
    FORBIDDEN,
    /** The ingested text is larger than {@code newsgraph.ingest.max-bytes}. */
    PAYLOAD_TOO_LARGE,
    /** The database cannot be reached or did not answer in time; retrying later can succeed. */
    SERVICE_UNAVAILABLE,
    /** The GraphQL document does not parse, or exceeds one of the parser's limits (tokens, characters, nesting). */
    GRAPHQL_PARSE_FAILED,
    /** A mutation or subscription sent with GET (HTTP 405). */
    METHOD_NOT_ALLOWED,
    /** Anything unexpected; details are only in the server log. */
    INTERNAL_SERVER_ERROR
}
