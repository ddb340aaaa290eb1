package dev.newsgraph.graphql;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Parses the GraphQL document of every HTTP request before SmallRye does. SmallRye answers a document that does
 * not parse, or exceeds the parser's limits, with a fixed "Unparseable input document" and no code, so this route
 * answers first with {@code GRAPHQL_PARSE_FAILED}, graphql-java's own description and the location; it also refuses
 * mutations and subscriptions sent with GET (GraphQL over HTTP: a GET link could trigger them cross-site with an
 * editor's credentials). Documents that parse continue to SmallRye unchanged.
 *
 * <p>The document judged must be the one SmallRye will parse, so it is read the way Quarkus 3.34's
 * SmallRyeGraphQLExecutionHandler reads it: raw line breaks and tabs become spaces, the GET parameter is
 * URL-decoded a second time, an {@code application/graphql} body is the document itself. Anything this route
 * cannot read (no document, a body that is not JSON) is left to SmallRye, which answers as before.
 */
@ApplicationScoped
public class DocumentGuard {

    /** Before SmallRye's GraphQL route, after Quarkus's CORS and security filters. */
    private static final int ORDER = -100;
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("\\n|\\t|\\r");
    private static final JsonReaderFactory JSON = Json.createReaderFactory(null);
    /** What Quarkus answers when the client accepts anything. */
    private static final String DEFAULT_RESPONSE_TYPE = "application/graphql-response+json; charset=UTF-8";

    private final String path;
    private final boolean getEnabled;
    private final boolean postQueryParameters;
    private final long maxBodySize;
    private final ParsedDocuments documents;

    public DocumentGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.post.queryparameters.enabled", defaultValue = "false") boolean postQueryParameters,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") Optional<Integer> maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") Optional<Integer> maxWhitespaceTokens,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.path = "/" + rootPath.replaceFirst("^/+", "");
        this.getEnabled = getEnabled;
        this.postQueryParameters = postQueryParameters;
        this.maxBodySize = maxBodySize.asLongValue();
        // SmallRye 2.17 hands parser-max-tokens to graphql-java's default *parser* options, but graphql-java parses
        // operations with its default *operation* options, so the setting never reached a request. Installing it
        // there makes SmallRye's own parse (also used for subscriptions over WebSocket) agree with this guard.
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(builder -> {
            maxTokens.ifPresent(builder::maxTokens);
            maxWhitespaceTokens.ifPresent(builder::maxWhitespaceTokens);
        });
        ParserOptions.setDefaultOperationParserOptions(options);
        this.documents = new ParsedDocuments(options);
    }

    void register(@Observes Router router) {
        if (getEnabled) {
            router.route(HttpMethod.GET, path).order(ORDER).handler(context -> {
                String document = queryParameter(context);
                check(context, document, true);
            });
        }
        // Quarkus's body handler on the GraphQL route sees that the body was already read and passes it on.
        router.route(HttpMethod.POST, path).order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(context -> check(context, postedDocument(context), false));
    }

    private void check(RoutingContext context, String document, boolean get) {
        if (document == null || document.isEmpty()) {
            context.next();
            return;
        }
        ParsedDocuments.Parsed parsed;
        try {
            parsed = documents.parse(document);
        } catch (InvalidSyntaxException e) {
            String responseType = responseType(context);
            if (responseType == null) {
                context.next(); // an Accept header SmallRye refuses with 406; let it
                return;
            }
            GraphQLError coded = RequestGuards.CodedErrors.coded(e.toInvalidSyntaxError());
            end(context, 200, responseType, coded.toSpecification());
            return;
        }
        if (get && parsed != ParsedDocuments.Parsed.QUERIES_ONLY) {
            context.response().putHeader("Allow", "POST");
            end(context, 405, "application/json", new io.vertx.core.json.JsonObject()
                    .put("message", "Only queries may be sent with GET; send mutations and subscriptions with POST.")
                    .put("extensions", Map.of("code", ErrorCode.METHOD_NOT_ALLOWED.name())).getMap());
            return;
        }
        context.next();
    }

    private static void end(RoutingContext context, int status, String contentType, Map<String, Object> error) {
        String body = new io.vertx.core.json.JsonObject().put("errors", new JsonArray(List.of(error))).encode();
        context.response().setStatusCode(status).putHeader("Content-Type", contentType).end(body);
    }

    /** The {@code query} parameter as SmallRye receives it, or null when it cannot be read. */
    private static String queryParameter(RoutingContext context) {
        List<String> values = context.queryParam("query");
        if (values == null || values.isEmpty() || values.get(0) == null) {
            return null;
        }
        try {
            return URLDecoder.decode(flatten(values.get(0)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // not decodable a second time; SmallRye's handler fails on it as before
        }
    }

    /** The document of a POST as SmallRye receives it, or null when there is none this route can read. */
    private String postedDocument(RoutingContext context) {
        String body = context.body() == null ? null : context.body().asString();
        String contentType = context.request().getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return body == null ? null : flatten(body);
        }
        String fromBody = null;
        if (body != null && !body.isEmpty()) {
            try (JsonReader reader = JSON.createReader(new StringReader(flatten(body)))) {
                JsonObject request = reader.readObject();
                if (request.get("query") instanceof JsonString query) {
                    fromBody = query.getString();
                }
            } catch (JsonException | ClassCastException e) {
                return null; // SmallRye answers a body that is not a JSON object itself
            }
        }
        if (fromBody == null && postQueryParameters) {
            return queryParameter(context);
        }
        return fromBody;
    }

    private static String flatten(String text) {
        return LINE_BREAK_OR_TAB.matcher(text).replaceAll(" ");
    }

    /** The media type SmallRye would answer with, or null when it would refuse the Accept header. */
    private static String responseType(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return DEFAULT_RESPONSE_TYPE;
        }
        for (MIMEHeader type : accepted) {
            String raw = type.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith("application/graphql-response+json")
                    || raw.startsWith("application/graphql+json")) {
                return raw;
            }
            if (raw.startsWith("*/*")) {
                return DEFAULT_RESPONSE_TYPE;
            }
        }
        return null;
    }
}
