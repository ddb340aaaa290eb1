package dev.newsgraph.persistence;

import java.util.Map;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.Cursor;
import dev.newsgraph.graphql.PageRequest;

/** Keyset paging for lists ordered by name, then id: the order of sources, experts and agreements. */
public final class NameKeyset {

    private NameKeyset() {
    }

    /** Adds the "after this cursor" condition for rows aliased {@code alias} to {@code where}. */
    public static SqlWhere after(SqlWhere where, String alias, Cursor after) {
        if (after == null) {
            return where;
        }
        if (after.key() == null) {
            throw new ApiException.BadUserInput("'after' is not a cursor of this list.");
        }
        return where.always("(" + alias + ".name, " + alias + ".id) > (:afterName, :afterId)",
                Map.of("afterName", after.key(), "afterId", after.id()));
    }

    /** The order clause matching {@link #after}, with the one-extra-row limit. */
    public static String orderAndLimit(String alias, PageRequest page) {
        return " order by " + alias + ".name, " + alias + ".id limit " + (page.first() + 1);
    }
}
