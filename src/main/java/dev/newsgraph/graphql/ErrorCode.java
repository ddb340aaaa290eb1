package dev.newsgraph.graphql;

/**
 * The stable {@code extensions.code} values clients can rely on: the one vocabulary of the API. Every error a client
 * sees carries one of these names, written nowhere else; docs/api.md's error table has one row per constant
 * (ApiGuideTest checks both ways).
 */
public enum ErrorCode {
    /** An argument or input field is malformed or out of range. */
    BAD_USER_INPUT,
    /** No bearer token, or one that does not verify. */
    UNAUTHENTICATED,
    /** A verified caller without the role the operation needs. */
    FORBIDDEN,
    /** The ingested text is larger than {@code newsgraph.ingest.max-bytes}. */
    PAYLOAD_TOO_LARGE,
    /** The database cannot be reached or did not answer in time, or the server is busy; retrying later can succeed. */
    SERVICE_UNAVAILABLE,
    /** The HTTP request is not a GraphQL request: a body that is not a JSON object, parameters of the wrong type. */
    BAD_REQUEST,
    /** The GraphQL document does not parse, or exceeds one of the parser's limits (tokens, characters, nesting). */
    GRAPHQL_PARSE_FAILED,
    /** The document asks for a field, argument or operation the schema does not have, or misuses one. */
    GRAPHQL_VALIDATION_FAILED,
    /** The query nests deeper than the configured depth limit. */
    QUERY_TOO_DEEP,
    /** The query selects more fields than the configured complexity limit. */
    QUERY_TOO_COMPLEX,
    /** A mutation or subscription sent with GET (HTTP 405). */
    METHOD_NOT_ALLOWED,
    /** Anything unexpected; details are only in the server log. */
    INTERNAL_SERVER_ERROR
}
