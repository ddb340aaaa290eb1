package dev.newsgraph.graphql.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.GraphFixtures;
import dev.newsgraph.GraphQLClient;
import graphql.GraphQL;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLObjectType;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * The read path as the running app builds it: batched fields and field visibility without SmallRye's
 * per-value work, and a bound on requests executing at once that queues the rest without losing any.
 */
@QuarkusTest
@TestProfile(ReadPathTest.TwoInFlight.class)
class ReadPathTest {

    private static final String ARTICLES_WITH_CLAIMS = """
            query Page($first: Int!) {
              articles(first: $first) {
                edges { node { id title claims { id text expert { name } source { name } } } }
              }
            }""";

    /** Two requests at once, so that a short burst has to queue. */
    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.graphql.max-in-flight", "2");
        }
    }

    @Inject
    ExecutionService execution;

    @Inject
    InFlightLimit inFlight;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    static GraphFixtures.Graph graph;

    @BeforeEach
    void writeGraphOnce() {
        if (graph == null) {
            GraphQLClient.awaitReady();
            graph = GraphFixtures.write(6, 3);
        }
    }

    @Test
    void batchedFieldsGoStraightToTheirDataLoaderAndVisibilityIsGraphqlJavasDefault() throws Exception {
        // SmallRye builds its GraphQL on first use; introspection is always SmallRye's (the read path leaves it)
        GraphQLClient.post("{ __schema { queryType { name } } }", Map.of());
        GraphQL graphQL = (GraphQL) read(execution, "graphQL");
        assertThat(graphQL).isNotNull();
        GraphQLCodeRegistry registry = graphQL.getGraphQLSchema().getCodeRegistry();

        for (String[] field : new String[][] { { "Article", "claims" }, { "Claim", "expert" }, { "Claim", "source" },
                { "Article", "publisher" } }) {
            GraphQLObjectType type = graphQL.getGraphQLSchema().getObjectType(field[0]);
            assertThat(registry.getDataFetcher(FieldCoordinates.coordinates(type, field[1]), type.getFieldDefinition(field[1])))
                    .as("%s.%s", field[0], field[1]).isInstanceOf(BatchFieldFetchers.DirectBatchFetcher.class);
        }
        assertThat(registry.getFieldVisibility()).isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
    }

    @Test
    void aBurstBeyondTheLimitIsQueuedAndEveryRequestIsAnswered() throws Exception {
        assertThat(inFlight.limit()).isEqualTo(2);
        JsonPath expected = GraphQLClient.post(ARTICLES_WITH_CLAIMS, Map.of("first", 6));
        assertThat(expected.getList("errors")).isNull();
        assertThat(expected.getList("data.articles.edges")).hasSize(6);
        String body = "{\"query\":" + quoted(ARTICLES_WITH_CLAIMS) + ",\"variables\":{\"first\":6}}";

        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            burst.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new JsonPath(response.body()).getList("data.articles.edges.node.id"))
                    .isEqualTo(expected.getList("data.articles.edges.node.id"));
            assertThat(new JsonPath(response.body()).getList("errors")).isNull();
        }
        // Every slot came back: requests after the burst run at once, one after the other.
        for (int i = 0; i < 5; i++) {
            assertThat(GraphQLClient.post(ARTICLES_WITH_CLAIMS, Map.of("first", 1)).getList("errors")).isNull();
        }
        assertThat(inFlight.executing()).isZero();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        Object instance = target instanceof io.quarkus.arc.ClientProxy proxy ? proxy.arc_contextualInstance() : target;
        Field field = ExecutionService.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(instance);
    }
}
