package dev.newsgraph.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.TypeUtil;

/**
 * Checks the variables a request sends against the types its operation declares, before SmallRye coerces them:
 * SmallRye's Int coercion wraps numbers beyond 32 bits around and answers a fraction with "System error", and
 * graphql-java's own errors echo Java's view of the input. Each problem is named by its path from the variable
 * ({@code $filter.category}) in words a client can act on.
 */
final class VariableValues {

    private final GraphQLSchema schema;
    private final boolean limitStrings;

    private VariableValues(GraphQLSchema schema, boolean limitStrings) {
        this.schema = schema;
        this.limitStrings = limitStrings;
    }

    /**
     * The first problem with {@code values} for {@code definitions}, or null when they fit. Strings are held to
     * {@link QueryTexts#LONGEST} when {@code limitStrings} (queries).
     */
    static String problem(GraphQLSchema schema, List<VariableDefinition> definitions, Map<String, Object> values,
            boolean limitStrings) {
        VariableValues check = new VariableValues(schema, limitStrings);
        for (VariableDefinition definition : definitions) {
            GraphQLType type = schema.getType(TypeUtil.unwrapAll(definition.getType()).getName());
            if (!(type instanceof GraphQLInputType)) {
                continue; // validation reports an unknown type
            }
            GraphQLInputType declared = (GraphQLInputType) wrap(definition.getType(), type);
            String name = "$" + definition.getName();
            boolean given = values != null && values.containsKey(definition.getName());
            if (!given) {
                if (declared instanceof GraphQLNonNull && definition.getDefaultValue() == null) {
                    return "Variable " + name + " is required (type " + TypeUtil.simplePrint(definition.getType()) + ").";
                }
                continue;
            }
            String problem = check.of(name, declared, values.get(definition.getName()));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static GraphQLType wrap(graphql.language.Type<?> ast, GraphQLType named) {
        if (ast instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(nonNull.getType(), named));
        }
        if (ast instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(list.getType(), named));
        }
        return named;
    }

    private String of(String path, GraphQLInputType type, Object value) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                return path + " must not be null.";
            }
            return of(path, (GraphQLInputType) nonNull.getWrappedType(), value);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> values)) {
                return of(path, element, value);
            }
            for (int i = 0; i < values.size(); i++) {
                String problem = of(path + "[" + i + "]", element, values.get(i));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType input) {
            return ofInput(path, input, value);
        }
        if (type instanceof GraphQLEnumType enumType) {
            if (value instanceof String name && enumType.getValue(name) != null) {
                return null;
            }
            return path + " must be one of " + String.join(", ", enumType.getValues().stream().map(v -> v.getName()).toList())
                    + ".";
        }
        return ofScalar(path, (GraphQLScalarType) type, value);
    }

    private String ofInput(String path, GraphQLInputObjectType input, Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            return path + " must be an object of type " + input.getName() + ".";
        }
        for (Object key : fields.keySet()) {
            if (input.getField(String.valueOf(key)) == null) {
                return path + " has a field '" + key + "' that type " + input.getName() + " does not have.";
            }
        }
        for (GraphQLInputObjectField field : input.getFields()) {
            Object fieldValue = fields.get(field.getName());
            if (!fields.containsKey(field.getName())) {
                if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()) {
                    return path + "." + field.getName() + " is required.";
                }
                continue;
            }
            String problem = of(path + "." + field.getName(), field.getType(), fieldValue);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String ofScalar(String path, GraphQLScalarType scalar, Object value) {
        switch (scalar.getName()) {
            case "Int" -> {
                BigDecimal number = value instanceof Number n && isFinite(n) ? new BigDecimal(n.toString()) : null;
                if (number == null || number.stripTrailingZeros().scale() > 0) {
                    return path + " must be a whole number (Int).";
                }
                if (!ParsedDocuments.fitsInt(number.toBigIntegerExact())) {
                    return path + " is outside the range of Int (-2147483648 to 2147483647).";
                }
                return null;
            }
            case "Float" -> {
                return value instanceof Number n && isFinite(n) ? null : path + " must be a finite number (Float).";
            }
            case "Boolean" -> {
                return value instanceof Boolean ? null : path + " must be true or false (Boolean).";
            }
            case "ID" -> {
                if (value instanceof Number n && !(n instanceof Double || n instanceof Float || n instanceof BigDecimal)
                        || value instanceof BigInteger) {
                    return null;
                }
                return value instanceof String text ? length(path, text) : path + " must be an id as returned by this API (ID).";
            }
            case "String" -> {
                return value instanceof String text ? length(path, text) : path + " must be a string.";
            }
            default -> {
                try {
                    scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
                    return value instanceof String text ? length(path, text) : null;
                } catch (RuntimeException e) {
                    return path + " is not a valid " + scalar.getName() + (scalar.getName().equals("Date")
                            ? ": Date values are ISO-8601 calendar dates such as \"2024-06-19\"."
                            : ".");
                }
            }
        }
    }

    /** JSON numbers too large for a double (1e400) arrive as infinity, which no GraphQL number is. */
    private static boolean isFinite(Number number) {
        return !(number instanceof Double d && !Double.isFinite(d) || number instanceof Float f && !Float.isFinite(f));
    }

    private String length(String path, String text) {
        if (limitStrings && text.length() > QueryTexts.LONGEST) {
            return QueryTexts.tooLong(path, text);
        }
        return null;
    }
}
