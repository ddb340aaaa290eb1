package dev.newsgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks every GraphQL-over-HTTP request before SmallRye runs it, and answers what it refuses the way the GraphQL
 * over HTTP specification asks, with a code from {@link ErrorCode} and never a 500:
 * <ul>
 * <li>a request that is not a GraphQL request (no content type, a body that is not a JSON object, parameters of the
 * wrong type, variables nested without end): HTTP 400 (415 for the content type), {@code BAD_REQUEST};</li>
 * <li>a document that does not parse or validate, an operation that cannot be picked, variables or literals that do
 * not fit their types, texts longer than queries take, a subscription over POST: a GraphQL response without
 * {@code data}, HTTP 200 for {@code application/json} and 400 for {@code application/graphql-response+json};</li>
 * <li>a mutation or subscription sent with GET: HTTP 405, {@code METHOD_NOT_ALLOWED} (a GET link could trigger it
 * cross-site with an editor's credentials).</li>
 * </ul>
 * Requests that pass continue to SmallRye unchanged; when the client accepts anything (or sends no Accept), the
 * answer is {@code application/json}, which every client reads, instead of SmallRye's default.
 */
@ApplicationScoped
public class DocumentGuard {

    /** Before SmallRye's GraphQL route, after Quarkus's CORS and security filters. */
    private static final int ORDER = -100;

    private final String path;
    private final boolean getEnabled;
    private final boolean postQueryParameters;
    private final long maxBodySize;
    private final ParsedDocuments documents;
    private final Instance<GraphQLSchema> schemas;
    private volatile GraphQLSchema schema;

    public DocumentGuard(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.post.queryparameters.enabled", defaultValue = "false") boolean postQueryParameters,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens") Optional<Integer> maxTokens,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-whitespace-tokens") Optional<Integer> maxWhitespaceTokens,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            Instance<GraphQLSchema> schemas) {
        this.path = "/" + rootPath.replaceFirst("^/+", "");
        this.getEnabled = getEnabled;
        this.postQueryParameters = postQueryParameters;
        this.maxBodySize = maxBodySize.asLongValue();
        this.schemas = schemas;
        // SmallRye 2.17 hands parser-max-tokens to graphql-java's default *parser* options, but graphql-java parses
        // operations with its default *operation* options, so the setting never reached a request. Installing it
        // there makes SmallRye's own parse (also used for subscriptions over WebSocket) agree with this guard.
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(builder -> {
            maxTokens.ifPresent(builder::maxTokens);
            maxWhitespaceTokens.ifPresent(builder::maxWhitespaceTokens);
        });
        ParserOptions.setDefaultOperationParserOptions(options);
        this.documents = new ParsedDocuments(options, this::schema);
    }

    void register(@Observes Router router) {
        if (getEnabled) {
            router.route(HttpMethod.GET, path).order(ORDER).handler(context -> guard(context, true));
        }
        // Quarkus's body handler on the GraphQL route sees that the body was already read and passes it on.
        router.route(HttpMethod.POST, path).order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(context -> guard(context, false));
    }

    private void guard(RoutingContext context, boolean get) {
        if (get && "websocket".equalsIgnoreCase(context.request().getHeader("Upgrade"))) {
            context.next(); // a subscription's WebSocket handshake (graphql-transport-ws), not a GraphQL-over-HTTP request
            return;
        }
        ResponseType responseType = ResponseType.of(context);
        if (responseType == null) {
            context.next(); // an Accept header nobody can answer: SmallRye refuses it with 406
            return;
        }
        GraphQLHttpRequest request;
        try {
            request = get ? GraphQLHttpRequest.ofQueryParameters(context) : GraphQLHttpRequest.ofPost(context, postQueryParameters);
        } catch (GraphQLHttpRequest.Refused refused) {
            end(context, refused.status, responseType, error(refused.getMessage(), refused.code));
            return;
        }
        ParsedDocuments.Parsed parsed;
        try {
            parsed = documents.parse(request.query());
        } catch (InvalidSyntaxException e) {
            GraphQLError coded = RequestGuards.CodedErrors.coded(e.toInvalidSyntaxError());
            end(context, responseType.requestErrorStatus(), responseType, coded.toSpecification());
            return;
        }
        if (!parsed.problems().isEmpty()) {
            end(context, responseType.requestErrorStatus(), responseType,
                    parsed.problems().stream().map(GraphQLError::toSpecification).toArray(Map[]::new));
            return;
        }
        ParsedDocuments.Operation operation = pick(parsed.operations(), request.operationName());
        if (operation == null) {
            String message = request.operationName() != null
                    ? "The document has no operation named '" + abbreviate(request.operationName()) + "'."
                    : "The document has " + parsed.operations().size() + " operations; name the one to run in 'operationName'.";
            end(context, responseType.requestErrorStatus(), responseType, error(message, ErrorCode.BAD_REQUEST));
            return;
        }
        if (get && operation.kind() != OperationDefinition.Operation.QUERY) {
            context.response().putHeader("Allow", "POST");
            end(context, 405, responseType, error("Only queries may be sent with GET; send mutations and subscriptions with POST.",
                    ErrorCode.METHOD_NOT_ALLOWED));
            return;
        }
        if (operation.kind() == OperationDefinition.Operation.SUBSCRIPTION) {
            end(context, responseType.requestErrorStatus(), responseType, error("Subscriptions are served over WebSocket "
                    + "(graphql-transport-ws) at " + path + "; POST and GET run queries and mutations.", ErrorCode.BAD_REQUEST));
            return;
        }
        GraphQLSchema current = schema();
        if (current != null) {
            String problem = VariableValues.problem(current, operation.variables(), request.variables(),
                    operation.kind() == OperationDefinition.Operation.QUERY);
            if (problem != null) {
                end(context, responseType.requestErrorStatus(), responseType, error(problem, ErrorCode.BAD_USER_INPUT));
                return;
            }
        }
        responseType.applyTo(context);
        context.put(GraphQLHttpRequest.CONTEXT_KEY, request);
        context.put(ParsedDocuments.CONTEXT_KEY, parsed);
        context.next();
    }

    /** The operation a request runs: the named one, or the only one; null when neither applies. */
    private static ParsedDocuments.Operation pick(List<ParsedDocuments.Operation> operations, String name) {
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(op -> name.equals(op.name())).findFirst().orElse(null);
    }

    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null && schemas.isResolvable()) {
            known = schemas.get();
            schema = known;
        }
        return known;
    }

    private static Map<String, Object> error(String message, ErrorCode code) {
        return new JsonObject().put("message", message).put("extensions", Map.of("code", code.name())).getMap();
    }

    @SafeVarargs
    private static void end(RoutingContext context, int status, ResponseType type, Map<String, Object>... errors) {
        String body = new JsonObject().put("errors", new JsonArray(List.of((Object[]) errors))).encode();
        context.response().setStatusCode(status).putHeader("Content-Type", type.contentType()).end(body);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
