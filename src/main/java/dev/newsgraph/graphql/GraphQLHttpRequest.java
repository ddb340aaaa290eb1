package dev.newsgraph.graphql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The parameters of a GraphQL-over-HTTP request, read the way SmallRye will read them (raw line breaks and tabs become
 * spaces, a GET parameter is URL-decoded a second time, an {@code application/graphql} body is the document), and
 * checked before anything runs: a body that is not a JSON object, parameters of the wrong type or variables nested
 * without end are refused with HTTP 400 ({@link Refused}) instead of failing inside SmallRye with a 500.
 */
public record GraphQLHttpRequest(String query, String operationName, Map<String, Object> variables) {

    /** Where {@link DocumentGuard} leaves a request it let through, for the routes after it (the read path). */
    public static final String CONTEXT_KEY = "newsgraph.graphql.request";

    /** Deeper variables than any input type of the schema needs (filters nest two levels) are refused unread. */
    static final int DEEPEST_VARIABLES = 16;
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("\\n|\\t|\\r");

    /** A request refused before its document is read: the HTTP status and the message the client gets. */
    static final class Refused extends Exception {
        final int status;
        final ErrorCode code;

        Refused(int status, ErrorCode code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        static Refused badRequest(String message) {
            return new Refused(400, ErrorCode.BAD_REQUEST, message);
        }
    }

    /** The request of a POST. */
    static GraphQLHttpRequest ofPost(RoutingContext context, boolean queryParameters) throws Refused {
        String contentType = context.request().getHeader("Content-Type");
        String body = context.body() == null ? null : context.body().asString();
        if (contentType == null || contentType.isBlank()) {
            throw new Refused(415, ErrorCode.BAD_REQUEST,
                    "Send a Content-Type: application/json with a body {\"query\": ..., \"variables\": ...}.");
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (mediaType.equals("application/graphql")) {
            if (body == null || body.isBlank()) {
                throw Refused.badRequest("The body is empty; an application/graphql body is the GraphQL document itself.");
            }
            return new GraphQLHttpRequest(flatten(body), null, null);
        }
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new Refused(415, ErrorCode.BAD_REQUEST, "Content-Type " + printable(mediaType)
                    + " is not supported; send application/json with a body {\"query\": ..., \"variables\": ...}.");
        }
        if (body == null || body.isBlank()) {
            if (queryParameters && context.queryParam("query") != null && !context.queryParam("query").isEmpty()) {
                return ofQueryParameters(context);
            }
            throw Refused.badRequest("The body is empty; send {\"query\": ..., \"variables\": ...}.");
        }
        Object decoded;
        try {
            decoded = Json.decodeValue(flatten(body));
        } catch (DecodeException | IllegalStateException e) {
            throw Refused.badRequest("The body is not valid JSON" + (e.getMessage() != null && e.getMessage().contains("nesting depth")
                    ? ": it nests too deeply." : "."));
        }
        if (!(decoded instanceof JsonObject request)) {
            throw Refused.badRequest("The body must be a JSON object {\"query\": ..., \"variables\": ...}.");
        }
        Object query = request.getValue("query");
        if (query == null && queryParameters && context.queryParam("query") != null && !context.queryParam("query").isEmpty()) {
            return ofQueryParameters(context);
        }
        return of(query, request.getValue("operationName"), request.getValue("variables"), request.getValue("extensions"));
    }

    /** The request of a GET, or of a POST's query parameters. */
    static GraphQLHttpRequest ofQueryParameters(RoutingContext context) throws Refused {
        String query = parameter(context, "query", true);
        if (query == null) {
            throw Refused.badRequest("Missing the 'query' parameter: the GraphQL document to run.");
        }
        return of(query, parameter(context, "operationName", false), json(parameter(context, "variables", true), "variables"),
                json(parameter(context, "extensions", true), "extensions"));
    }

    private static GraphQLHttpRequest of(Object query, Object operationName, Object variables, Object extensions) throws Refused {
        if (query == null) {
            throw Refused.badRequest("Missing 'query': the GraphQL document to run, as a string.");
        }
        if (!(query instanceof String document)) {
            throw Refused.badRequest("'query' must be a string holding the GraphQL document.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw Refused.badRequest("'operationName' must be a string or null.");
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            throw Refused.badRequest("'variables' must be a JSON object of variable values, or null.");
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            throw Refused.badRequest("'extensions' must be a JSON object, or null.");
        }
        if (document.isBlank()) {
            throw Refused.badRequest("'query' is empty; send the GraphQL document to run.");
        }
        Map<String, Object> values = variables == null ? null : plain((JsonObject) variables, 1);
        if (hasLoneSurrogate(document) || values != null && hasLoneSurrogate(values)) {
            throw Refused.badRequest("The request holds an unpaired UTF-16 surrogate (an escape such as \\ud800 alone), "
                    + "which is not a character; send the text as UTF-8 or as surrogate pairs.");
        }
        return new GraphQLHttpRequest(document, (String) operationName, values);
    }

    private static Object json(String text, String name) throws Refused {
        if (text == null) {
            return null;
        }
        try {
            return Json.decodeValue(text);
        } catch (DecodeException | IllegalStateException e) {
            throw Refused.badRequest("The '" + name + "' parameter is not valid JSON; send a URL-encoded JSON object.");
        }
    }

    /** A query parameter as SmallRye receives it, or null when absent or empty. */
    private static String parameter(RoutingContext context, String name, boolean decodeAgain) throws Refused {
        List<String> values = context.queryParam(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
            return null;
        }
        String value = flatten(values.get(0));
        if (!decodeAgain) {
            return value;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Refused.badRequest("The '" + name + "' parameter is not URL-encoded correctly.");
        }
    }

    /** Vert.x's JSON wrappers as plain maps and lists, refusing nesting deeper than {@link #DEEPEST_VARIABLES}. */
    private static Map<String, Object> plain(JsonObject object, int depth) throws Refused {
        if (depth > DEEPEST_VARIABLES) {
            throw Refused.badRequest("'variables' nest more than " + DEEPEST_VARIABLES + " levels deep.");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : object) {
            map.put(entry.getKey(), plainValue(entry.getValue(), depth));
        }
        return map;
    }

    private static Object plainValue(Object value, int depth) throws Refused {
        if (value instanceof JsonObject nested) {
            return plain(nested, depth + 1);
        }
        if (value instanceof JsonArray array) {
            if (depth + 1 > DEEPEST_VARIABLES) {
                throw Refused.badRequest("'variables' nest more than " + DEEPEST_VARIABLES + " levels deep.");
            }
            List<Object> list = new ArrayList<>(array.size());
            for (Object element : array) {
                list.add(plainValue(element, depth + 1));
            }
            return list;
        }
        return value;
    }

    /** True when {@code value} (a string, or maps and lists of them) holds a surrogate that is not half of a pair. */
    static boolean hasLoneSurrogate(Object value) {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (hasLoneSurrogate(entry.getKey()) || hasLoneSurrogate(entry.getValue())) {
                    return true;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                if (hasLoneSurrogate(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String flatten(String text) {
        return LINE_BREAK_OR_TAB.matcher(text).replaceAll(" ");
    }

    private static String printable(String mediaType) {
        String shown = mediaType.replaceAll("[^\\w./+-]", "");
        return shown.length() > 60 ? shown.substring(0, 60) : shown;
    }
}
