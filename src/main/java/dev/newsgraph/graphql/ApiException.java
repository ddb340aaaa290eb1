package dev.newsgraph.graphql;

/**
 * A failure a client is told about: a message safe to show and a stable code. One subclass per code,
 * because SmallRye GraphQL reads {@code extensions.code} from the exception class's {@code @ErrorCode}.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /** The code this failure reports in {@code extensions.code}. */
    public abstract ErrorCode code();

    /** The input was malformed or out of range. */
    @io.smallrye.graphql.api.ErrorCode("BAD_USER_INPUT")
    public static final class BadUserInput extends ApiException {
        public BadUserInput(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.BAD_USER_INPUT;
        }
    }

    /** No valid credentials. */
    @io.smallrye.graphql.api.ErrorCode("UNAUTHENTICATED")
    public static final class Unauthenticated extends ApiException {
        public Unauthenticated(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.UNAUTHENTICATED;
        }
    }

    /** Valid credentials without the needed role. */
    @io.smallrye.graphql.api.ErrorCode("FORBIDDEN")
    public static final class Forbidden extends ApiException {
        public Forbidden(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.FORBIDDEN;
        }
    }

    /** The payload exceeds the configured limit. */
    @io.smallrye.graphql.api.ErrorCode("PAYLOAD_TOO_LARGE")
    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.PAYLOAD_TOO_LARGE;
        }
    }

    /** The database is unreachable or too slow; the request may be retried. */
    @io.smallrye.graphql.api.ErrorCode("SERVICE_UNAVAILABLE")
    public static final class ServiceUnavailable extends ApiException {
        public ServiceUnavailable(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.SERVICE_UNAVAILABLE;
        }
    }

    /** Something unexpected; the cause is logged, never sent. */
    @io.smallrye.graphql.api.ErrorCode("INTERNAL_SERVER_ERROR")
    public static final class Internal extends ApiException {
        public Internal(String message) {
            super(message);
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.INTERNAL_SERVER_ERROR;
        }
    }
}
