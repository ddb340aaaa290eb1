package dev.newsgraph.graphql.readpath;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Ids;
import dev.newsgraph.graphql.PageRequest;

/**
 * Turns a validated query document and its variables into the {@link Selection} the read path answers, or says it
 * cannot ({@link Unsupported}): another operation kind, a field or type the read path does not know, a fragment on an
 * abstract type, another directive, a filter, or an argument SmallRye would answer with an error. Merging follows
 * graphql-java's field collection: one entry per response key, in order of first appearance, sub-selections of
 * merged fields concatenated.
 */
final class ReadPlanner {

    /**
     * The read path cannot answer this request exactly as SmallRye would: SmallRye answers it. {@code shape} says the
     * reason lies in the document alone (an operation kind, a field, a fragment), not in its variables or operation
     * name, so no request with this document can be answered.
     */
    static final class Unsupported extends Exception {
        final boolean shape;

        Unsupported(String why, boolean shape) {
            super(why, null, false, false);
            this.shape = shape;
        }

        Unsupported(String why) {
            this(why, false);
        }
    }

    private static final Object ABSENT = new Object();

    private final Document document;
    private final Map<String, Object> variables;
    private final Map<String, VariableDefinition> definitions = new HashMap<>();
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    /** More than one operation: which one runs, and so what is refused, depends on the operation name. */
    private boolean severalOperations;
    /** A @skip or @include read a variable: which fields are collected, and so what is refused, depends on it. */
    private boolean variableConditions;

    private ReadPlanner(Document document, Map<String, Object> variables) {
        this.document = document;
        this.variables = variables == null ? Map.of() : variables;
    }

    /**
     * The root selection of the operation {@code operationName} (or the only one) of {@code document}, when it stays
     * within the depth and complexity limits SmallRye enforces (null for no limit).
     */
    static Selection plan(Document document, String operationName, Map<String, Object> variables, Integer maxDepth,
            Integer maxComplexity) throws Unsupported {
        return new ReadPlanner(document, variables).root(operationName, maxDepth, maxComplexity);
    }

    private Selection root(String operationName, Integer maxDepth, Integer maxComplexity) throws Unsupported {
        OperationDefinition operation = null;
        int operations = 0;
        for (var definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition op) {
                operations++;
                if (operationName == null || operationName.isEmpty() ? operation == null
                        : operationName.equals(op.getName())) {
                    operation = op;
                }
            } else if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        severalOperations = operations != 1;
        if (operation == null || (operationName == null || operationName.isEmpty()) && operations != 1) {
            throw new Unsupported("no single operation");
        }
        if (operation.getOperation() != OperationDefinition.Operation.QUERY || !operation.getDirectives().isEmpty()) {
            throw shape("not a plain query");
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (!definition.getDirectives().isEmpty()) {
                throw shape("variable directive");
            }
            definitions.put(definition.getName(), definition);
        }
        int[] size = size(operation.getSelectionSet());
        if (maxDepth != null && size[0] > maxDepth || maxComplexity != null && size[1] > maxComplexity) {
            throw shape("over the depth or complexity limit");
        }
        return selection(ReadType.QUERY, List.of(operation.getSelectionSet()));
    }

    /** A refusal that holds for every request with this document, as far as this planner can tell so far. */
    private Unsupported shape(String why) {
        return new Unsupported(why, !severalOperations && !variableConditions);
    }

    /**
     * The depth and the number of fields of {@code set} counted as written: every occurrence of a field, fragments
     * counted where spread, skipped fields too. graphql-java's limits count the fields it executes, never more, so a
     * query within these counts is within its limits; one beyond them goes to SmallRye, which answers it exactly.
     */
    private int[] size(SelectionSet set) throws Unsupported {
        int depth = 0;
        int fields = 0;
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            int[] inner;
            if (selection instanceof graphql.language.Field field) {
                inner = field.getSelectionSet() == null ? new int[] { 0, 0 } : size(field.getSelectionSet());
                inner = new int[] { inner[0] + 1, inner[1] + 1 };
            } else if (selection instanceof InlineFragment fragment) {
                inner = size(fragment.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                inner = size(fragments.get(spread.getName()).getSelectionSet());
            } else {
                throw shape("selection kind");
            }
            depth = Math.max(depth, inner[0]);
            fields += inner[1];
        }
        return new int[] { depth, fields };
    }

    private Selection selection(ReadType type, List<SelectionSet> sets) throws Unsupported {
        Map<String, List<graphql.language.Field>> byKey = new LinkedHashMap<>();
        Set<String> visitedFragments = new HashSet<>();
        for (SelectionSet set : sets) {
            collect(type, set, byKey, visitedFragments);
        }
        List<Selection.Field> fields = new ArrayList<>(byKey.size());
        for (Map.Entry<String, List<graphql.language.Field>> entry : byKey.entrySet()) {
            graphql.language.Field first = entry.getValue().get(0);
            String name = first.getName();
            if (!type.answers(name)) {
                throw shape("field " + type.graphqlName + "." + name);
            }
            ReadType below = type.typeOf(name);
            Selection selection = null;
            if (below != null) {
                List<SelectionSet> subSets = new ArrayList<>(entry.getValue().size());
                for (graphql.language.Field field : entry.getValue()) {
                    if (field.getSelectionSet() != null) {
                        subSets.add(field.getSelectionSet());
                    }
                }
                selection = selection(below, subSets);
            }
            Selection.Arguments arguments = type == ReadType.QUERY && below != null ? arguments(first) : null;
            if (arguments == null && !first.getArguments().isEmpty()) {
                throw shape("arguments on " + name);
            }
            fields.add(new Selection.Field(entry.getKey(), name, first.getSourceLocation(), selection, arguments));
        }
        return new Selection(type, fields);
    }

    private void collect(ReadType type, SelectionSet set, Map<String, List<graphql.language.Field>> byKey,
            Set<String> visitedFragments) throws Unsupported {
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            if (selection instanceof graphql.language.Field field) {
                if (included(field.getDirectives())) {
                    String key = field.getAlias() != null ? field.getAlias() : field.getName();
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(field);
                }
            } else if (selection instanceof InlineFragment fragment) {
                if (included(fragment.getDirectives())) {
                    if (fragment.getTypeCondition() != null
                            && !fragment.getTypeCondition().getName().equals(type.graphqlName)) {
                        throw shape("fragment on another type");
                    }
                    collect(type, fragment.getSelectionSet(), byKey, visitedFragments);
                }
            } else if (selection instanceof FragmentSpread spread) {
                if (!included(spread.getDirectives()) || !visitedFragments.add(spread.getName())) {
                    continue;
                }
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment == null || !fragment.getDirectives().isEmpty()
                        || !fragment.getTypeCondition().getName().equals(type.graphqlName)) {
                    throw shape("fragment on another type");
                }
                collect(type, fragment.getSelectionSet(), byKey, visitedFragments);
            } else {
                throw shape("selection kind");
            }
        }
    }

    /** Whether @skip and @include let a selection through; any other directive is not the read path's. */
    private boolean included(List<Directive> directives) throws Unsupported {
        boolean included = true;
        for (Directive directive : directives) {
            if (directive.getArguments().size() != 1 || directive.getArgument("if") == null) {
                throw shape("directive " + directive.getName());
            }
            variableConditions |= directive.getArgument("if").getValue() instanceof VariableReference;
            Object condition = value(directive.getArgument("if").getValue());
            if (!(condition instanceof Boolean flag)) {
                throw new Unsupported("directive condition");
            }
            switch (directive.getName()) {
                case "skip" -> included &= !flag;
                case "include" -> included &= flag;
                default -> throw shape("directive " + directive.getName());
            }
        }
        return included;
    }

    /** The arguments of a root field, checked as its resolver checks them; anything the resolver would refuse is SmallRye's. */
    private Selection.Arguments arguments(graphql.language.Field field) throws Unsupported {
        Map<String, Object> given = new HashMap<>();
        for (graphql.language.Argument argument : field.getArguments()) {
            if (argument.getValue() instanceof ObjectValue || argument.getValue() instanceof ArrayValue) {
                throw shape("a filter written into the document"); // the only input objects, and never null
            }
            Object value = value(argument.getValue());
            if (value != ABSENT) {
                given.put(argument.getName(), value);
            }
        }
        try {
            switch (field.getName()) {
                case "articles", "claims" -> {
                    if (given.get("filter") != null || !onlyKnown(given, "first", "after", "filter")) {
                        throw new Unsupported("filter");
                    }
                    Object first = given.get("first");
                    Object after = given.get("after");
                    if (first != null && !(first instanceof Integer) || after != null && !(after instanceof String)) {
                        throw new Unsupported("argument type");
                    }
                    String kind = field.getName().equals("articles") ? "article" : "claim";
                    PageRequest page = PageRequest.of(kind, (Integer) first, (String) after);
                    if (page.after() != null && page.after().key() != null && kind.equals("article")) {
                        LocalDate.parse(page.after().key()); // the resolver refuses a cursor whose date does not parse
                    }
                    return new Selection.Arguments(page.first(), page.after(), 0);
                }
                case "article", "claim" -> {
                    Object id = given.get("id");
                    if (!onlyKnown(given, "id") || !(id instanceof String || id instanceof Integer)) {
                        throw new Unsupported("id");
                    }
                    return new Selection.Arguments(0, null, Ids.parse("id", id.toString()));
                }
                default -> throw new Unsupported("root field");
            }
        } catch (ApiException | DateTimeParseException e) {
            throw new Unsupported("an argument SmallRye refuses");
        }
    }

    private static boolean onlyKnown(Map<String, Object> given, String... names) {
        return Set.of(names).containsAll(given.keySet());
    }

    /** A literal or variable as the resolver receives it, {@link #ABSENT} for a variable nobody set. */
    private Object value(Value<?> value) throws Unsupported {
        if (value instanceof VariableReference reference) {
            if (variables.containsKey(reference.getName())) {
                return variables.get(reference.getName());
            }
            VariableDefinition definition = definitions.get(reference.getName());
            if (definition == null) {
                throw new Unsupported("undefined variable");
            }
            return definition.getDefaultValue() == null ? ABSENT : value(definition.getDefaultValue());
        }
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof IntValue number) {
            BigInteger big = number.getValue();
            if (big.bitLength() >= 32) {
                throw new Unsupported("int range");
            }
            return big.intValue();
        }
        if (value instanceof StringValue text) {
            return text.getValue();
        }
        if (value instanceof BooleanValue flag) {
            return flag.isValue();
        }
        throw new Unsupported("value kind");
    }
}
