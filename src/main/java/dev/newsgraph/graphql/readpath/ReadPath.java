package dev.newsgraph.graphql.readpath;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ErrorType;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.netty.buffer.Unpooled;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorMapping;
import dev.newsgraph.graphql.GraphQLHttpRequest;
import dev.newsgraph.graphql.ParsedDocuments;
import dev.newsgraph.graphql.RequestGuards;

/**
 * Answers read queries over articles, claims and what hangs off them without executing them field by field: the
 * request's selection is planned once ({@link ReadPlanner}), each level is loaded with one statement through the
 * reactive SQL client into plain rows ({@link GraphReader}) and the answer is written straight into bytes
 * ({@link AnswerWriter}), byte for byte what SmallRye would answer. graphql-java's per-field execution and SmallRye's
 * JSON-P result tree cost most of the CPU time and garbage of a nested page (docs/benchmarks.md, issue 12).
 * Everything else goes on to SmallRye unchanged: mutations, subscriptions, introspection, search, fields or
 * arguments this path does not know, any argument SmallRye would refuse, and any request whose reads fail for a reason
 * other than the database's availability. A database that does not answer within the read timeout, cancels a
 * statement or cannot be reached is answered here with SERVICE_UNAVAILABLE, as SmallRye would answer it. The route
 * runs after the request guards and the in-flight limit.
 */
@ApplicationScoped
public class ReadPath {

    /** After DocumentGuard (-100) and InFlightLimit (-90), before SmallRye's GraphQL route. */
    private static final int ORDER = -80;

    private final String path;
    private final boolean configured;
    private final Duration timeout;
    private final Integer maxDepth;
    private final Integer maxComplexity;
    private final GraphReader reader;
    private final Vertx vertx;
    private final Instance<GraphQLSchema> schemas;
    private volatile GraphQLSchema schema;
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean enabled = true;
    private volatile int lastSize = 16 * 1024;

    public ReadPath(@ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "newsgraph.graphql.read-path.enabled", defaultValue = "true") boolean configured,
            @ConfigProperty(name = "newsgraph.database.read-timeout", defaultValue = "PT5S") Duration timeout,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth") Optional<Integer> maxDepth,
            @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity") Optional<Integer> maxComplexity,
            io.vertx.mutiny.sqlclient.Pool pool, Vertx vertx, Instance<GraphQLSchema> schemas) {
        this.maxDepth = maxDepth.orElse(null);
        this.maxComplexity = maxComplexity.orElse(null);
        this.path = "/" + rootPath.replaceFirst("^/+", "");
        this.configured = configured;
        this.timeout = timeout;
        this.reader = new GraphReader(pool.getDelegate());
        this.vertx = vertx;
        this.schemas = schemas;
    }

    void register(@Observes Router router) {
        if (configured) {
            router.route(HttpMethod.POST, path).order(ORDER).handler(this::answer);
        }
    }

    /** How many requests this path answered (SmallRye answered the rest). */
    long answered() {
        return answered.get();
    }

    /** Sends every request to SmallRye while false: lets a test compare both answers to the same request. */
    void enable(boolean on) {
        enabled = on;
    }

    private void answer(RoutingContext context) {
        GraphQLHttpRequest request = enabled ? context.get(GraphQLHttpRequest.CONTEXT_KEY) : null;
        ParsedDocuments.Parsed parsed = context.get(ParsedDocuments.CONTEXT_KEY);
        Selection root = request == null || parsed == null ? null : plan(request, parsed);
        if (root == null) {
            context.next();
            return;
        }
        AtomicBoolean decided = new AtomicBoolean();
        // A database that does not answer is answered here, after one read timeout: SmallRye would run the same
        // statements again and make the client wait a second timeout for the same SERVICE_UNAVAILABLE.
        long timer = vertx.setTimer(timeout.toMillis(), t -> {
            if (decided.compareAndSet(false, true)) {
                unavailable(context, root, ErrorMapping.readTimedOut());
            }
        });
        reader.load(root).onComplete(loaded -> {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            vertx.cancelTimer(timer);
            if (loaded.failed()) {
                ApiException unavailable = ErrorMapping.ofUnavailableDatabase(loaded.cause());
                if (unavailable != null) { // statement_timeout, or a refused or dropped connection
                    unavailable(context, root, unavailable);
                    return;
                }
                Log.debugf("Read path: reads failed, SmallRye answers: %s", loaded.cause().toString());
                context.next();
                return;
            }
            JsonText body;
            try {
                body = AnswerWriter.answer(root, lastSize);
            } catch (RuntimeException e) {
                Log.debugf("Read path: could not write the answer, SmallRye answers: %s", e.toString());
                context.next();
                return;
            }
            lastSize = body.length() + 256;
            answered.incrementAndGet();
            if (!context.response().closed()) { // the client may have gone while the rows were read
                context.response().end(Buffer.buffer(Unpooled.wrappedBuffer(body.bytes(), 0, body.length())));
            }
        });
    }

    /**
     * Answers as SmallRye answers a resolver's {@link ApiException} on each root field: one error per field with its
     * location and path, the field null in {@code data}, and {@code data} itself null when a page failed (pages are
     * non-null in the schema, so their null reaches the root).
     */
    private void unavailable(RoutingContext context, Selection root, ApiException failure) {
        if (context.response().closed()) {
            return;
        }
        JsonArray errors = new JsonArray();
        JsonObject data = new JsonObject();
        boolean pageFailed = false;
        for (Selection.Field field : root.fields) {
            if (field.name.equals("__typename")) {
                data.put(field.responseKey, "Query");
                continue;
            }
            JsonObject error = new JsonObject().put("message", failure.getMessage());
            if (field.location != null) {
                error.put("locations", new JsonArray().add(new JsonObject().put("line", field.location.getLine())
                        .put("column", field.location.getColumn())));
            }
            errors.add(error.put("path", new JsonArray().add(field.responseKey))
                    .put("extensions", RequestGuards.extensions(failure.code(), ErrorType.DataFetchingException)));
            data.putNull(field.responseKey);
            pageFailed |= nonNullRoot(field.name);
        }
        JsonObject answer = new JsonObject().put("errors", errors);
        context.response().end((pageFailed ? answer.putNull("data") : answer.put("data", data)).toBuffer());
    }

    /**
     * Whether the schema declares root field {@code name} non-null (the pages): read from SmallRye's schema, so a root
     * field added later cannot be answered with the wrong null. Without a schema (never once SmallRye is up) the
     * field counts as nullable.
     */
    private boolean nonNullRoot(String name) {
        GraphQLSchema known = schema;
        if (known == null && schemas.isResolvable()) {
            known = schemas.get();
            schema = known;
        }
        GraphQLFieldDefinition field = known == null ? null : known.getQueryType().getFieldDefinition(name);
        return field != null && GraphQLTypeUtil.isNonNull(field.getType());
    }

    /**
     * The planned selection of {@code request}, or null when SmallRye answers it. The syntax tree comes from the
     * parse DocumentGuard ran (and cached); a document whose shape this path never answers loses its tree there, so
     * its next requests cost a field read here.
     */
    private Selection plan(GraphQLHttpRequest request, ParsedDocuments.Parsed parsed) {
        Document document = parsed.tree();
        if (document == null) {
            return null;
        }
        try {
            return ReadPlanner.plan(document, request.operationName(), request.variables(), maxDepth, maxComplexity);
        } catch (ReadPlanner.Unsupported e) {
            if (e.shape) {
                parsed.dropTree();
            }
            Log.tracef("Read path: SmallRye answers (%s)", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            Log.debugf("Read path: SmallRye answers (%s)", e.toString());
            return null;
        }
    }
}
