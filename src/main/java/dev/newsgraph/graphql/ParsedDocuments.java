package dev.newsgraph.graphql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

/**
 * Parses and validates GraphQL documents with the options and the schema SmallRye's own execution uses, and
 * remembers a bounded number of those that parsed, so a client repeating the same query pays for a map look-up
 * instead of a second parse and validation. The syntax tree of a valid document is kept with it for the read path
 * (one cache for everything known about a document), until the read path finds it cannot answer that document's
 * shape, when only that verdict is kept. Failures to parse are not remembered: they are answered at once and cost
 * the sender as much as the server.
 */
public final class ParsedDocuments {

    /** The routing-context key under which DocumentGuard leaves the {@link Parsed} document of a request it passed. */
    public static final String CONTEXT_KEY = "newsgraph.graphql.parsed";

    /** One operation of a document: what {@link DocumentGuard} needs to pick it and to check its variables. */
    record Operation(String name, OperationDefinition.Operation kind, List<VariableDefinition> variables) {
    }

    /**
     * A document that parsed: its operations, the problems found before any variable is known (validation against
     * the schema, literals out of range; none means it may run) and, while the read path may still answer it, its
     * syntax tree.
     */
    public static final class Parsed {
        private final List<Operation> operations;
        private final List<GraphQLError> problems;
        private volatile Document tree;

        Parsed(List<Operation> operations, List<GraphQLError> problems, Document tree) {
            this.operations = operations;
            this.problems = problems;
            this.tree = problems.isEmpty() ? tree : null; // a document with problems never runs
        }

        List<Operation> operations() {
            return operations;
        }

        List<GraphQLError> problems() {
            return problems;
        }

        /** True when every operation is a query (GET allows nothing else). */
        boolean queriesOnly() {
            return operations.stream().allMatch(op -> op.kind() == OperationDefinition.Operation.QUERY);
        }

        /**
         * The syntax tree of a valid document, or null once {@link #dropTree()} said that no request with this
         * document can be answered from it (whatever its variables), or when the document has problems.
         */
        public Document tree() {
            return tree;
        }

        /**
         * Forgets the tree: its shape (operation kind, fields, fragments) is one the read path never answers, so
         * later requests with this document skip the read path without a look, and the cache holds only the text.
         */
        public void dropTree() {
            tree = null;
        }
    }

    /** Documents longer than this are parsed every time; caching them would let a few requests hold a lot of memory. */
    static final int LONGEST_CACHED = 8_192;
    /** At most this many documents are remembered (with {@link #LONGEST_CACHED} at most 16 MB of text). */
    static final int MOST_CACHED = 1_024;
    private final ParserOptions options;
    private final Supplier<GraphQLSchema> schema;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** Parses without validating: for tests of the parser limits. */
    ParsedDocuments(ParserOptions options) {
        this(options, () -> null);
    }

    ParsedDocuments(ParserOptions options, Supplier<GraphQLSchema> schema) {
        this.options = options;
        this.schema = schema;
    }

    /** Parses and checks {@code document} (or finds it parsed before); throws graphql-java's own exception, with its location, when it does not parse. */
    Parsed parse(String document) throws InvalidSyntaxException {
        Parsed known = parsed.get(document);
        if (known != null) {
            return known;
        }
        Document tree = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                .document(document).parserOptions(options).locale(Locale.ENGLISH).build());
        List<Operation> operations = new ArrayList<>();
        for (OperationDefinition op : tree.getDefinitionsOfType(OperationDefinition.class)) {
            operations.add(new Operation(op.getName(), op.getOperation(), List.copyOf(op.getVariableDefinitions())));
        }
        List<GraphQLError> problems = new ArrayList<>();
        GraphQLSchema current = schema.get();
        if (current != null) {
            for (ValidationError error : new Validator().validateDocument(current, tree, Locale.ENGLISH)) {
                problems.add(RequestGuards.CodedErrors.coded(error, current));
            }
        }
        if (problems.isEmpty()) {
            boolean hasMutation = operations.stream().anyMatch(op -> op.kind() == OperationDefinition.Operation.MUTATION);
            checkLiterals(tree, !hasMutation, problems);
        }
        Parsed result = new Parsed(List.copyOf(operations), List.copyOf(problems), tree);
        if (document.length() <= LONGEST_CACHED) {
            if (parsed.size() >= MOST_CACHED) {
                parsed.clear(); // crude but bounded; a working set this large re-fills in a few requests
            }
            parsed.put(document, result);
        }
        return result;
    }

    /**
     * Int literals beyond 32 bits, which SmallRye's Int coercion would wrap around ({@code first: 4294967301} read as
     * 5), and over-long strings in queries. graphql-java's validation lets both through (its parser already refuses a
     * lone surrogate escape in a string).
     */
    private static void checkLiterals(Node<?> node, boolean limitStrings, List<GraphQLError> problems) {
        if (problems.size() >= 10) {
            return;
        }
        if (node instanceof IntValue value && !fitsInt(value.getValue())) {
            problems.add(problem(node, "The number " + abbreviate(value.getValue().toString())
                    + " is outside the range of Int (-2147483648 to 2147483647)."));
        } else if (limitStrings && node instanceof StringValue text && text.getValue().length() > QueryTexts.LONGEST) {
            problems.add(problem(node, QueryTexts.tooLong("A text argument", text.getValue())));
        }
        for (Node<?> child : node.getChildren()) {
            checkLiterals(child, limitStrings, problems);
        }
    }

    static boolean fitsInt(BigInteger value) {
        return value.bitLength() < 32;
    }

    private static GraphQLError problem(Node<?> node, String message) {
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.ValidationError)
                .extensions(RequestGuards.extensions(ErrorCode.BAD_USER_INPUT, ErrorType.ValidationError));
        if (node.getSourceLocation() != null) {
            error.location(node.getSourceLocation());
        }
        return error.build();
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    int size() {
        return parsed.size();
    }
}
