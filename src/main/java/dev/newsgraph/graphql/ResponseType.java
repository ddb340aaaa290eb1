package dev.newsgraph.graphql;

import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The media type of a GraphQL answer, picked from the request's Accept header as GraphQL over HTTP asks:
 * {@code application/graphql-response+json} when the client asks for it (then a request error is HTTP 400),
 * otherwise {@code application/json} (then every GraphQL response is HTTP 200), also for no Accept or a wildcard.
 */
record ResponseType(String contentType) {

    static final String JSON = "application/json; charset=UTF-8";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=UTF-8";

    /** The type to answer with, or null when the client accepts none that GraphQL answers come in. */
    static ResponseType of(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return new ResponseType(JSON);
        }
        for (MIMEHeader type : accepted) {
            String raw = type.rawValue().toLowerCase(Locale.ROOT);
            if (raw.startsWith("application/graphql-response+json")) {
                return new ResponseType(GRAPHQL_RESPONSE);
            }
            if (raw.startsWith("application/json") || raw.startsWith("application/graphql+json")) {
                return new ResponseType(JSON);
            }
            if (raw.startsWith("*/*")) {
                return new ResponseType(JSON);
            }
        }
        return null;
    }

    /** The HTTP status of a GraphQL response without data (a document that does not parse, say). */
    int requestErrorStatus() {
        return contentType.equals(GRAPHQL_RESPONSE) ? 400 : 200;
    }

    /**
     * Makes SmallRye's answer use this type, so every answer reads the same whoever wrote it: SmallRye echoes the Accept
     * header (without a charset, with any parameters such as q=0.9) and picks application/graphql-response+json when
     * the client accepts anything.
     */
    void applyTo(RoutingContext context) {
        context.addHeadersEndHandler(v -> {
            if (context.response().getStatusCode() == 200) {
                context.response().putHeader("Content-Type", contentType);
            }
        });
    }
}
