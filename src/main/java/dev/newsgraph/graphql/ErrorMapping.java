package dev.newsgraph.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;

/**
 * The one place that turns failures into what a GraphQL client sees. Every GraphQL API class carries
 * {@link Mapped}; whatever its methods throw or fail with leaves as an {@link ApiException} with a stable
 * code and a message safe to show. Unexpected failures are logged here with their cause and reach the
 * client only as a neutral message, so no stack trace, SQL or class name leaks.
 */
@ErrorMapping.Mapped
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class ErrorMapping {

    /** Marks a GraphQL API class whose failures are mapped here. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.TYPE, ElementType.METHOD })
    public @interface Mapped {
    }

    @AroundInvoke
    Object map(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (result instanceof Uni<?> uni) {
                return uni.onFailure().transform(ErrorMapping::toApiException);
            }
            return result;
        } catch (Exception e) {
            throw toApiException(e);
        }
    }

    /** Maps any failure to the exception a client sees. */
    public static ApiException toApiException(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ApiException api) {
            return api;
        }
        if (cause instanceof UnauthorizedException) {
            return new ApiException.Unauthenticated("Sign in first: send a bearer token in the Authorization header.");
        }
        if (cause instanceof ForbiddenException) {
            return new ApiException.Forbidden("Your token does not carry the role this operation needs.");
        }
        if (isStatementTimeout(failure)) {
            Log.warnf("A statement outlived the database's statement_timeout and was cancelled: %s", cause.getMessage());
            return readTimedOut();
        }
        if (isDatabaseUnavailable(cause)) {
            Log.warnf("Database unavailable: %s", cause.toString());
            return new ApiException.ServiceUnavailable("The database is not reachable right now; try again shortly.");
        }
        Log.error("Unexpected failure while serving a GraphQL request", failure);
        return new ApiException.Internal("Unexpected server error; it has been logged.");
    }

    /** What a client is told when a read has waited {@code newsgraph.database.read-timeout} for the database. */
    public static ApiException readTimedOut() {
        return new ApiException.ServiceUnavailable("The database did not answer in time; try again shortly.");
    }

    /**
     * {@link #toApiException} for a failure that says the database is unavailable (a statement it cancelled, a
     * connection it refused or dropped); null for any other failure, which this method neither maps nor logs.
     */
    public static ApiException ofUnavailableDatabase(Throwable failure) {
        return isStatementTimeout(failure) || isDatabaseUnavailable(failure) ? toApiException(failure) : null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof java.util.concurrent.CompletionException
                        || current instanceof java.util.concurrent.ExecutionException
                        || current.getClass().getName().startsWith("org.hibernate.")
                        || current.getClass().getName().startsWith("jakarta.persistence."))) {
            current = current.getCause();
        }
        return current;
    }

    /** True when PostgreSQL cancelled the statement (SQLSTATE 57014), which statement_timeout does. */
    static boolean isStatementTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "57014".equals(pg.getSqlState())
                    || t.getClass().getSimpleName().equals("QueryTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    /** True when the failure means the database cannot be reached or dropped the connection. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof ConnectException || t instanceof TimeoutException
                    || t instanceof io.vertx.core.VertxException && String.valueOf(t.getMessage()).contains("closed")
                    || name.equals("io.vertx.sqlclient.ClosedConnectionException")
                    || name.equals("io.netty.channel.ConnectTimeoutException")
                    || name.startsWith("io.netty.channel.AbstractChannel$AnnotatedConnectException")
                    || t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                            && (pg.getSqlState().startsWith("08") || pg.getSqlState().equals("57P01")
                                    || pg.getSqlState().equals("57P03"))) {
                return true;
            }
        }
        return false;
    }
}
