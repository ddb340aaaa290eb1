package dev.newsgraph.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lines batched query results up with the parents a {@code @Source List<Parent>} resolver was given. */
public final class Batches {

    private Batches() {
    }

    /** The distinct non-null keys of {@code parents}, in order. */
    public static <P> List<Long> keys(Collection<P> parents, Function<P, Long> key) {
        LinkedHashSet<Long> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            Long k = key.apply(parent);
            if (k != null) {
                keys.add(k);
            }
        }
        return new ArrayList<>(keys);
    }

    /** For each parent, the children whose {@code childKey} equals the parent's {@code parentKey}. */
    public static <P, C> List<List<C>> childrenOf(List<P> parents, Function<P, Long> parentKey,
            List<C> children, Function<C, Long> childKey) {
        Map<Long, List<C>> byKey = new HashMap<>();
        for (C child : children) {
            byKey.computeIfAbsent(childKey.apply(child), k -> new ArrayList<>()).add(child);
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byKey.getOrDefault(parentKey.apply(parent), List.of()));
        }
        return result;
    }

    /** For each parent, the one item whose id equals the parent's reference, or null. */
    public static <P, T> List<T> referencedBy(List<P> parents, Function<P, Long> reference,
            List<T> items, Function<T, Long> id) {
        Map<Long, T> byId = new HashMap<>();
        for (T item : items) {
            byId.put(id.apply(item), item);
        }
        List<T> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long ref = reference.apply(parent);
            result.add(ref == null ? null : byId.get(ref));
        }
        return result;
    }

    /** Groups rows of {@code [parentId, child]} (as a two-column query returns them) by parent. */
    @SuppressWarnings("unchecked")
    public static <P, C> List<List<C>> pairsOf(List<P> parents, Function<P, Long> parentKey, List<Object[]> rows) {
        Map<Long, List<C>> byKey = new HashMap<>();
        for (Object[] row : rows) {
            byKey.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((C) row[1]);
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byKey.getOrDefault(parentKey.apply(parent), List.of()));
        }
        return result;
    }
}
