package dev.newsgraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Errors raised before any resolver runs still carry a stable code and reveal nothing internal. */
@QuarkusTest
public class RequestGuardsTest {

    @BeforeEach
    void ready() {
        GraphQLClient.awaitReady();
    }

    @Test
    void anAbusivelyNestedQueryIsRejectedAsTooDeep() {
        String nested = "claims { article { claims { article { claims { article { claims { article { claims { article { id } } } } } } } } } }";
        JsonPath response = GraphQLClient.post("{ articles(first: 100) { edges { node { " + nested + " } } } }", Map.of());
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(response.getString("errors[0].message")).contains("nested too deeply");
        assertThat(response.getString("data")).isNull();
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRejectedAsTooComplex() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            aliases.append("a").append(i).append(": articles(first: 1) { edges { node { id title } } } ");
        }
        JsonPath response = GraphQLClient.post("{ " + aliases + "}", Map.of());
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void aDocumentedDeepQueryIsAllowed() {
        JsonPath response = GraphQLClient.post("""
                { articles(first: 2) { edges { node { id claims { id expert { articles { id } } source { name }
                  relations { relation claim { article { title } } } } } } } }""", Map.of());
        assertThat(response.getList("errors")).isNull();
    }

    @Test
    void syntaxErrorsAndUnknownFieldsHaveCodes() {
        JsonPath syntax = GraphQLClient.post("{ articles(first: ) { ", Map.of());
        assertThat(syntax.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(syntax.getString("errors[0].message")).isEqualTo("Invalid syntax with offending token ')' at line 1 column 19");
        assertThat(syntax.getInt("errors[0].locations[0].line")).isEqualTo(1);
        assertThat(syntax.getInt("errors[0].locations[0].column")).isEqualTo(19);
        assertThat(syntax.getMap("")).doesNotContainKey("data");
        JsonPath unknown = GraphQLClient.post("{ articles { edges { node { nonsense } } } }", Map.of());
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(unknown.getString("errors[0].message")).contains("nonsense");
    }

    @Test
    void aSyntaxErrorIsLocatedOnTheLineTheClientWrote() {
        JsonPath response = GraphQLClient.post("""
                query Recent {
                  articles(first: 2) { edges { node { title } }
                """, Map.of());
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(response.getString("errors[0].message")).isEqualTo("Invalid syntax with offending token '<EOF>' at line 3 column 1");
        assertThat(response.getList("errors[0].locations")).hasSize(1);
    }

    @Test
    void aSyntaxErrorSentWithGetOrAsApplicationGraphqlHasTheSameCode() {
        JsonPath get = given().accept(ContentType.JSON).queryParam("query", "{ articles(first: ) { ")
                .when().get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(get.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(get.getString("errors[0].message")).isEqualTo("Invalid syntax with offending token ')' at line 1 column 19");
        assertThat(get.getMap("")).doesNotContainKey("data");

        JsonPath graphql = given().contentType("application/graphql").accept(ContentType.JSON).body("{ articles(first: ) { ".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(graphql.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(graphql.getInt("errors[0].locations[0].column")).isEqualTo(19);
    }

    @Test
    void aSyntaxErrorIsServedAsTheMediaTypeOfAnAnswerAndA400WhereGraphQLOverHttpAsks() {
        for (String accept : new String[] { "*/*", "application/json", "application/graphql-response+json" }) {
            String parsed = given().contentType(ContentType.JSON).header("Accept", accept)
                    .body(Map.of("query", "{ articles(first: 1) { totalCount } }"))
                    .when().post("/graphql").then().statusCode(200).extract().contentType();
            // GraphQL over HTTP: a request error is HTTP 400 for application/graphql-response+json, 200 for application/json.
            int status = accept.equals("application/graphql-response+json") ? 400 : 200;
            var broken = given().contentType(ContentType.JSON).header("Accept", accept)
                    .body(Map.of("query", "{ articles(first: 1) { totalCount }"))
                    .when().post("/graphql").then().statusCode(status).extract();
            assertThat(broken.contentType()).as("Accept: " + accept).isEqualTo(parsed);
            assertThat(broken.jsonPath().getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        }
        int refused = given().contentType(ContentType.JSON).header("Accept", "text/html")
                .body(Map.of("query", "{ articles(first: 1) { totalCount }"))
                .when().post("/graphql").then().extract().statusCode();
        assertThat(refused).as("an Accept header SmallRye refuses").isEqualTo(406);
    }

    @Test
    void aDocumentOfRandomBytesIsAParseFailureNotAServerError() {
        Random random = new Random(20_260_612);
        for (int attempt = 0; attempt < 5; attempt++) {
            byte[] bytes = new byte[200];
            random.nextBytes(bytes);
            String document = new String(bytes, StandardCharsets.UTF_8);
            JsonPath json = GraphQLClient.post(document, Map.of());
            assertThat(json.getString("errors[0].extensions.code")).as("random document %d as JSON", attempt)
                    .isEqualTo("GRAPHQL_PARSE_FAILED");
            assertThat(json.getString("errors[0].message")).startsWith("Invalid syntax");
            assertThat(json.getMap("")).doesNotContainKey("data");

            var raw = given().contentType("application/graphql").accept(ContentType.JSON).body(bytes)
                    .when().post("/graphql").then().extract();
            assertThat(raw.statusCode()).isEqualTo(200);
            assertThat(raw.jsonPath().getString("errors[0].extensions.code")).as("random body %d", attempt)
                    .isEqualTo("GRAPHQL_PARSE_FAILED");
        }
    }

    @Test
    void aHugeDocumentIsStoppedByTheParserTokenLimit() {
        String huge = "{ " + "__typename ".repeat(20_000) + "}";
        JsonPath response = GraphQLClient.post(huge, Map.of());
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(response.getString("errors[0].message")).startsWith("The document is too long: it has more than 15000 tokens");
        assertThat(response.getMap("")).doesNotContainKey("data");
        // Over GET a document this long never arrives: Vert.x refuses the URL first (HTTP 414).
    }

    @Test
    void aDocumentThatParsesStillRunsAfterTheGuardReadItsBody() {
        JsonPath json = GraphQLClient.post("query Page($n: Int) { articles(first: $n) { edges { node { id } } } }", Map.of("n", 2));
        assertThat(json.getList("errors")).isNull();
        assertThat(json.getList("data.articles.edges")).hasSize(2);

        JsonPath graphql = given().contentType("application/graphql").accept(ContentType.JSON)
                .body("{ articles(first: 1) {\n edges { node { id } } } }".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(graphql.getList("errors")).isNull();
        assertThat(graphql.getList("data.articles.edges")).hasSize(1);
    }

    @Test
    void queriesWorkOverGetAndMutationsAreRefused() {
        JsonPath get = given().queryParam("query", "{ articles(first: 1) { pageInfo { hasNextPage } } }")
                .when().get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(get.getList("errors")).isNull();
        assertThat(get.getMap("data.articles.pageInfo")).containsKey("hasNextPage");

        var mutation = given().queryParam("query", "mutation { deleteArticle(id: \"1\") }")
                .when().get("/graphql").then().extract();
        assertThat(mutation.statusCode()).isEqualTo(405);
        assertThat(mutation.jsonPath().getString("errors[0].extensions.code")).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void graphqlResponseMediaTypeIsServed() {
        var response = given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", "{ articles(first: 1) { pageInfo { hasNextPage } } }"))
                .when().post("/graphql").then().statusCode(200).extract();
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.jsonPath().getList("errors")).isNull();
    }
}
