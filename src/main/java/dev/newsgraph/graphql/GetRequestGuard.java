package dev.newsgraph.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * GET is for queries only (GraphQL over HTTP): a mutation or subscription sent as a GET link could be
 * triggered cross-site with an editor's credentials. SmallRye would execute it, so this route, ordered
 * before SmallRye's, answers 405 first.
 */
@ApplicationScoped
public class GetRequestGuard {

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, "/graphql").order(-100).handler(context -> {
            String query = context.queryParams().get("query");
            if (query != null && !isQueryOnly(query)) {
                JsonObject error = new JsonObject()
                        .put("message", "Only queries may be sent with GET; send mutations and subscriptions with POST.")
                        .put("extensions", new JsonObject().put("code", "METHOD_NOT_ALLOWED"));
                context.response().setStatusCode(405).putHeader("Allow", "POST")
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
                return;
            }
            context.next();
        });
    }

    private static boolean isQueryOnly(String query) {
        try {
            Document document = Parser.parse(query);
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
        } catch (InvalidSyntaxException e) {
            return true; // let SmallRye answer the syntax error as usual
        }
    }
}
