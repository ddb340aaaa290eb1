package dev.newsgraph.graphql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives every GraphQL error its stable {@code extensions.code} from {@link ErrorCode}: the errors graphql-java raises
 * itself (syntax, validation, the depth and complexity limits), which never pass through the resolvers'
 * {@link ErrorMapping}, and the resolvers' {@link ApiException}s, whose code and message are read from the exception
 * (so SmallRye's own code and message rules, a name per exception class, play no part). Messages that would echo Java
 * class names or graphql-java's syntax trees are replaced. Installed through SmallRye's EventingService SPI, which
 * hands over the GraphQL builder after SmallRye has configured it.
 */
public class RequestGuards implements EventingService {

    private static final Pattern ARGUMENT = Pattern.compile("argument '([A-Za-z0-9_.]+)'");
    private static final Pattern TOO_MANY_TOKENS = Pattern.compile("^More than ([0-9][0-9,.\u00a0 ]*) '(\\w+)' tokens");
    private static final Pattern TOO_MANY_CHARACTERS = Pattern.compile("^More than ([0-9][0-9,.\u00a0 ]*) characters");
    private static final Pattern TOO_DEEP_TO_PARSE = Pattern.compile("^More than ([0-9][0-9,.\u00a0 ]*) deep");
    private static final Pattern OFFENDING_TOKEN = Pattern.compile("offending token '(.*)' at line (\\d+) column (\\d+)$", Pattern.DOTALL);
    private static final int LONGEST_ECHOED_TOKEN = 40;
    private static final Pattern UNKNOWN_INPUT_FIELD = Pattern.compile("contains a field not in '(\\w+)': '(\\w+)'");
    private static final Pattern MISSING_FIELDS = Pattern.compile("is missing required fields? .*'(\\w+)'");
    private static final Pattern EXPECTED_TYPE = Pattern.compile("is not a valid '(\\w+)'");
    private static final Pattern SYNTAX_TREE = Pattern.compile("\\b[A-Z][A-Za-z]*(Value|Field|Definition)\\{");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*");

    @Override
    public String getConfigKey() {
        return "newsgraph.graphql.request-guards.enabled";
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // SmallRye has already chained its own instrumentation (query cache, the configured depth and
        // complexity limits); the builder cannot hand it back, so build once to read it, then extend it.
        Instrumentation configured = builder.build().getInstrumentation();
        List<Instrumentation> all = new ArrayList<>();
        if (configured instanceof ChainedInstrumentation chained) {
            all.addAll(chained.getInstrumentations());
        } else if (configured != null) {
            all.add(configured);
        }
        all.add(new CodedErrors());
        return builder.instrumentation(RequestLevelChain.watchesNoField(all) ? new RequestLevelChain(all)
                : new ChainedInstrumentation(all));
    }

    /**
     * Chains instrumentations that all act once per request (the depth and complexity limits, the error
     * codes). graphql-java's own chain asks each of them about every field, object and fetch, building
     * contexts that do nothing; at thousands of fields per response that cost more than the fields. Used
     * only when no chained instrumentation overrides a per-field hook.
     */
    @SuppressWarnings("deprecation") // SimpleInstrumentation: SmallRye's query cache still extends it
    static final class RequestLevelChain extends ChainedInstrumentation {

        private static final Set<String> PER_FIELD_HOOKS = Set.of("beginExecutionStrategy", "beginExecuteObject",
                "beginDeferredField", "beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch",
                "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion", "instrumentDataFetcher");
        private static final SimplePerformantInstrumentation NONE = SimplePerformantInstrumentation.INSTANCE;

        RequestLevelChain(List<Instrumentation> instrumentations) {
            super(instrumentations);
        }

        /** True when none of {@code instrumentations} overrides a hook that graphql-java calls per field. */
        static boolean watchesNoField(List<Instrumentation> instrumentations) {
            for (Instrumentation instrumentation : instrumentations) {
                // graphql-java's Instrumentation defaults and its Simple* base classes do nothing per field.
                for (Class<?> type = instrumentation.getClass(); type != Object.class
                        && type != SimplePerformantInstrumentation.class && type != SimpleInstrumentation.class;
                        type = type.getSuperclass()) {
                    for (Method method : type.getDeclaredMethods()) {
                        if (PER_FIELD_HOOKS.contains(method.getName())) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        @Override
        public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
                InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
            return NONE.beginExecutionStrategy(parameters, state);
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                InstrumentationState state) {
            return NONE.beginExecuteObject(parameters, state);
        }

        @Override
        public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
            return NONE.beginDeferredField(state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
                InstrumentationState state) {
            return NONE.beginSubscribedFieldEvent(parameters, state);
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                InstrumentationState state) {
            return NONE.beginFieldExecution(parameters, state);
        }

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return NONE.beginFieldFetch(parameters, state);
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return NONE.beginFieldFetching(parameters, state);
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            return NONE.beginFieldCompletion(parameters, state);
        }

        @Override
        public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            return NONE.beginFieldListCompletion(parameters, state);
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return dataFetcher;
        }
    }

    /** Gives graphql-java's own errors and the resolvers' {@link ApiException}s their stable code and a message safe to show. */
    static final class CodedErrors extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            boolean invalidRequest = result.getErrors().stream().anyMatch(e -> e instanceof ValidationError
                    || e.getErrorType() == ErrorType.InvalidSyntax);
            List<GraphQLError> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                ErrorClassification type = error.getErrorType();
                if (invalidRequest && type == ErrorType.NullValueInNonNullableField) {
                    continue; // an echo of the validation error above it, not a second problem
                }
                errors.add(coded(error, parameters.getSchema()));
            }
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }

        /** Also used by {@link DocumentGuard} for documents it refuses, so errors read the same everywhere. */
        static GraphQLError coded(GraphQLError error) {
            return coded(error, null);
        }

        /** {@link #coded(GraphQLError)}, naming the values of an enum when {@code schema} (may be null) has it. */
        static GraphQLError coded(GraphQLError error, GraphQLSchema schema) {
            ErrorClassification type = error.getErrorType();
            String message = error.getMessage() == null ? "" : error.getMessage();
            ErrorCode code;
            if (error instanceof ExceptionWhileDataFetching fetching) {
                // A resolver's failure: ErrorMapping made it an ApiException with a message written for clients.
                Throwable cause = fetching.getException();
                while (cause.getCause() != null && !(cause instanceof ApiException) && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                if (cause instanceof ApiException api) {
                    code = api.code();
                    message = api.getMessage();
                } else {
                    code = ErrorCode.INTERNAL_SERVER_ERROR;
                    message = "Unexpected server error; it has been logged.";
                }
            } else if (error instanceof ValidationError validation
                    && validation.getValidationErrorType() == ValidationErrorType.WrongType) {
                code = ErrorCode.BAD_USER_INPUT;
                message = wrongTypeMessage(message, schema);
            } else if (error instanceof ValidationError) {
                code = ErrorCode.GRAPHQL_VALIDATION_FAILED;
            } else if (type == ErrorType.InvalidSyntax) {
                code = ErrorCode.GRAPHQL_PARSE_FAILED;
                message = syntaxMessage(message);
            } else if (message.startsWith("maximum query depth exceeded")) {
                code = ErrorCode.QUERY_TOO_DEEP;
                message = "The query is nested too deeply (" + message.substring("maximum query depth exceeded".length()).trim()
                        + "); ask for less nesting or split it into several queries.";
            } else if (message.startsWith("maximum query complexity exceeded")) {
                code = ErrorCode.QUERY_TOO_COMPLEX;
                message = "The query selects too many fields (" + message.substring("maximum query complexity exceeded".length()).trim()
                        + "); select fewer fields or split it into several queries.";
            } else if (type == ErrorType.ExecutionAborted) {
                code = ErrorCode.GRAPHQL_PARSE_FAILED;
            } else if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String known
                    && isErrorCode(known)) {
                return error; // already coded here, or by DocumentGuard
            } else {
                code = ErrorCode.INTERNAL_SERVER_ERROR;
            }
            Map<String, Object> extensions = extensions(code, type);
            return GraphqlErrorBuilder.newError()
                    .message(JAVA_NAME.matcher(withoutSyntaxTree(message)).replaceAll("type"))
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .extensions(extensions)
                    .build();
        }

        private static boolean isErrorCode(String name) {
            for (ErrorCode code : ErrorCode.values()) {
                if (code.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The {@code extensions} of an error: its code, and graphql-java's classification of it. */
    public static Map<String, Object> extensions(ErrorCode code, ErrorClassification type) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.put("classification", String.valueOf(type));
        return extensions;
    }

    /**
     * graphql-java describes a literal that does not fit its type with the literal's syntax tree
     * ({@code ObjectValue{objectFields=[...]}}) and, for a Date, nothing a person can act on. The message says which
     * argument, which type, and what a value of that type looks like.
     */
    static String wrongTypeMessage(String message, GraphQLSchema schema) {
        Matcher argument = ARGUMENT.matcher(message);
        String name = argument.find() ? argument.group(1) : "an argument";
        Matcher unknownField = UNKNOWN_INPUT_FIELD.matcher(message);
        if (unknownField.find()) {
            return "Argument '" + name + "' has a field '" + unknownField.group(2) + "' that type " + unknownField.group(1)
                    + " does not have.";
        }
        Matcher missing = MISSING_FIELDS.matcher(message);
        if (missing.find()) {
            return "Argument '" + name + "' lacks a required field of type " + missing.group(1) + ".";
        }
        if (message.endsWith("must be an object type")) {
            return "Argument '" + name + "' must be an input object { field: value, ... }.";
        }
        Matcher expected = EXPECTED_TYPE.matcher(message);
        String typeName = expected.find() ? expected.group(1) : null;
        String hint = switch (typeName == null ? "" : typeName) {
            case "Date" -> " Date values are ISO-8601 calendar dates such as \"2024-06-19\".";
            case "ID" -> " ID values are strings of digits, as this API returns them.";
            case "Int" -> " Int values are whole numbers from -2147483648 to 2147483647.";
            case "Float" -> " Float values are numbers.";
            case "Boolean" -> " Boolean values are true or false.";
            case "String" -> " String values are quoted text.";
            default -> schema != null && schema.getType(typeName) instanceof GraphQLEnumType values
                    ? " Its values are " + String.join(", ", values.getValues().stream().map(v -> v.getName()).toList()) + "."
                    : "";
        };
        if (typeName == null) {
            return "Argument '" + name + "' has a value that does not fit its type. Check each field: Date values are ISO-8601 "
                    + "calendar dates such as \"2024-06-19\", ID values are strings of digits.";
        }
        return "Argument '" + name + "' has a value that is not a valid " + typeName + "." + hint;
    }

    /**
     * The message without graphql-java's dumps of syntax trees ({@code 'ObjectValue{objectFields=[...]}'}), which
     * show clients Java's view of their own input.
     */
    static String withoutSyntaxTree(String message) {
        StringBuilder out = new StringBuilder(message.length());
        int i = 0;
        while (i < message.length()) {
            Matcher tree = SYNTAX_TREE.matcher(message);
            if (!tree.find(i)) {
                out.append(message, i, message.length());
                break;
            }
            int open = tree.end() - 1;
            int depth = 0;
            int close = open;
            for (; close < message.length(); close++) {
                char c = message.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String before = message.substring(i, tree.start());
            boolean quoted = before.endsWith("'");
            before = quoted ? before.substring(0, before.length() - 1) : before;
            out.append(before.replaceFirst(" with value $", "").replaceFirst(" - $", ""));
            i = Math.min(message.length(), close + 1 + (quoted && close + 1 < message.length() && message.charAt(close + 1) == '\'' ? 1 : 0));
            if (!before.endsWith(" with value") && !before.endsWith(" - ")) {
                out.append("the value");
            }
        }
        return out.toString().replaceAll("\\s+-\\s*$", "").strip();
    }

    /**
     * graphql-java's description of a syntax error, which names the offending token and its line and column, is
     * kept; its parse-cancelled messages (written for server logs, about denial of service) are replaced with one
     * that says which limit the document exceeds, and a long offending token is not echoed back.
     */
    static String syntaxMessage(String message) {
        Matcher tokens = TOO_MANY_TOKENS.matcher(message);
        if (tokens.find()) {
            String kind = tokens.group(2).equals("whitespace") ? "whitespace tokens" : "tokens";
            return "The document is too long: it has more than " + digits(tokens.group(1)) + " " + kind
                    + ", the most this server parses. Pass long values as variables, or split it into several requests.";
        }
        Matcher characters = TOO_MANY_CHARACTERS.matcher(message);
        if (characters.find()) {
            return "The document is too long: it has more than " + digits(characters.group(1))
                    + " characters, the most this server parses. Pass long values as variables, or split it into several requests.";
        }
        Matcher depth = TOO_DEEP_TO_PARSE.matcher(message);
        if (depth.find()) {
            return "The document nests more than " + digits(depth.group(1)) + " levels deep, the most this server parses.";
        }
        Matcher offending = OFFENDING_TOKEN.matcher(message);
        if (offending.find() && offending.group(1).length() > LONGEST_ECHOED_TOKEN) {
            return "Invalid syntax at line " + offending.group(2) + " column " + offending.group(3);
        }
        return message;
    }

    /** graphql-java formats its limits for the request's locale ("15,000"); clients get plain digits. */
    private static String digits(String formatted) {
        return formatted.replaceAll("[^0-9]", "");
    }
}
