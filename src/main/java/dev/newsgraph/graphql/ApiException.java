package dev.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure a client is told about: a message safe to show and a stable {@link ErrorCode}. The code reaches
 * {@code extensions.code} through {@link RequestGuards}, which reads it from here; the nested classes only name the
 * common cases.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The code this failure reports in {@code extensions.code}. */
    public ErrorCode code() {
        return code;
    }

    /** The {@code extensions} of the GraphQL error this failure becomes. */
    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        return extensions;
    }

    /** The input was malformed or out of range. */
    public static final class BadUserInput extends ApiException {
        public BadUserInput(String message) {
            super(ErrorCode.BAD_USER_INPUT, message);
        }
    }

    /** No valid credentials. */
    public static final class Unauthenticated extends ApiException {
        public Unauthenticated(String message) {
            super(ErrorCode.UNAUTHENTICATED, message);
        }
    }

    /** Valid credentials without the needed role. */
    public static final class Forbidden extends ApiException {
        public Forbidden(String message) {
            super(ErrorCode.FORBIDDEN, message);
        }
    }

    /** The payload exceeds the configured limit. */
    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(String message) {
            super(ErrorCode.PAYLOAD_TOO_LARGE, message);
        }
    }

    /** The database is unreachable or too slow, or the server is busy; the request may be retried. */
    public static final class ServiceUnavailable extends ApiException {
        public ServiceUnavailable(String message) {
            super(ErrorCode.SERVICE_UNAVAILABLE, message);
        }
    }

    /** Something unexpected; the cause is logged, never sent. */
    public static final class Internal extends ApiException {
        public Internal(String message) {
            super(ErrorCode.INTERNAL_SERVER_ERROR, message);
        }
    }
}
