package dev.newsgraph.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;

import io.vertx.mutiny.sqlclient.Tuple;

/** Collects the conditions of a list query (filters combine with AND) and their named parameters. */
public final class SqlWhere {

    /** A named parameter; a PostgreSQL cast ({@code ::type}) is not one. */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} when {@code value} is not null, binding it as {@code :name}. */
    public SqlWhere when(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value instanceof String text ? storable(text) : value);
        }
        return this;
    }

    /** {@code text} without NUL characters, which PostgreSQL text cannot hold (any other input is safe as a parameter). */
    public static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    /** Adds a condition with no parameters, or several bound at once. */
    public SqlWhere always(String condition, Map<String, Object> bound) {
        conditions.add(condition);
        parameters.putAll(bound);
        return this;
    }

    /** {@code where a and b ...}, or the empty string. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A copy without keyset conditions added later, for counting. */
    public SqlWhere copy() {
        SqlWhere copy = new SqlWhere();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /**
     * {@code sql} (built from {@link #sql()}) for the reactive SQL client, whose parameters are positional:
     * each {@code :name} becomes {@code $n} (a name used twice gets the same number), with the values in that
     * order.
     */
    public Positional positional(String sql) {
        Matcher names = NAMED.matcher(sql);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        StringBuilder rewritten = new StringBuilder(sql.length());
        while (names.find()) {
            String name = names.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value bound for :" + name);
            }
            int number = numbers.computeIfAbsent(name, n -> numbers.size() + 1);
            names.appendReplacement(rewritten, "\\$" + number);
        }
        names.appendTail(rewritten);
        Tuple values = Tuple.tuple();
        numbers.keySet().forEach(name -> values.addValue(parameters.get(name)));
        return new Positional(rewritten.toString(), values);
    }

    /** A statement with positional parameters and their values. */
    public record Positional(String sql, Tuple values) {
    }

    /** Binds every parameter on {@code query}. */
    public <Q extends Mutiny.SelectionQuery<?>> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A full-text condition on the {@code search} column of {@code alias}, using web-search syntax. */
    public SqlWhere matching(String alias, String text, String config) {
        if (text != null && !text.isBlank()) {
            conditions.add(alias + ".search @@ websearch_to_tsquery('" + config + "', :text)");
            parameters.put("text", storable(text));
        }
        return this;
    }
}
