package dev.newsgraph;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Posts {@code {query, variables}} to /graphql the way a frontend does, and waits for the corpus. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** The whole response body; callers assert on both {@code data} and {@code errors}. */
    public static JsonPath post(String query, Map<String, ?> variables) {
        return post(query, variables, null);
    }

    /** Like {@link #post(String, Map)} with a bearer token (null for none). */
    public static JsonPath post(String query, Map<String, ?> variables, String bearerToken) {
        var request = given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables));
        if (bearerToken != null) {
            request = request.header("Authorization", "Bearer " + bearerToken);
        }
        return request.when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** Blocks until readiness is UP (the startup corpus is loaded), failing after a minute. */
    public static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            int status = given().when().get("/q/health/ready").then().extract().statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("service did not become ready within a minute");
    }
}
