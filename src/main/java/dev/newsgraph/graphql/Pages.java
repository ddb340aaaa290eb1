package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Turns the {@code first + 1} rows a keyset query fetched into a page's edges and {@link PageInfo}. */
public final class Pages {

    private Pages() {
    }

    /** The edges of the page and whether another page follows. */
    public record Slice<E>(List<E> edges, PageInfo pageInfo) {
    }

    public static <T, E> Slice<E> slice(List<T> rows, int first, Function<T, Cursor> cursorOf,
            BiFunction<String, T, E> edge) {
        boolean hasNext = rows.size() > first;
        List<T> page = hasNext ? rows.subList(0, first) : rows;
        List<E> edges = new ArrayList<>(page.size());
        String last = null;
        for (T row : page) {
            last = cursorOf.apply(row).encode();
            edges.add(edge.apply(last, row));
        }
        return new Slice<>(edges, new PageInfo(hasNext, last));
    }
}
