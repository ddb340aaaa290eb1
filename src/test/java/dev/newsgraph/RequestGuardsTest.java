package dev.newsgraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
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
        // SmallRye parses the document before graphql-java runs and answers with its own fixed message.
        JsonPath syntax = GraphQLClient.post("{ articles(first: ) { ", Map.of());
        assertThat(syntax.getString("errors[0].message")).isEqualTo("Unparseable input document");
        assertThat(syntax.getString("data")).isNull();
        JsonPath unknown = GraphQLClient.post("{ articles { edges { node { nonsense } } } }", Map.of());
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(unknown.getString("errors[0].message")).contains("nonsense");
    }

    @Test
    void aHugeDocumentIsStoppedByTheParserTokenLimit() {
        String huge = "{ " + "__typename ".repeat(20_000) + "}";
        JsonPath response = GraphQLClient.post(huge, Map.of());
        assertThat(response.getString("errors[0].message")).isEqualTo("Unparseable input document");
        assertThat(response.getString("data")).isNull();
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
