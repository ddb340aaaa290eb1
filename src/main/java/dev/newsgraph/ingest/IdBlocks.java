package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Hands out new row ids from the tables' sequences the way Hibernate does: each {@code nextval} reserves a block of
 * {@value #BLOCK} ids (the sequences' increment, V1) for this process alone, starting at the value returned, and
 * the ids left in a block serve the next transactions. So ids stay dense (an article ingested after the two seed
 * articles gets id 3, as docs/api.md shows), and replicas never hand out the same id.
 */
final class IdBlocks {

    static final int BLOCK = 50;

    /** Per sequence: the next free id of the current block and the end of that block (exclusive). */
    private final Map<String, long[]> current = new HashMap<>();

    /** {@code counts.get(sequence)} new ids of each sequence, ascending, reserving blocks in one statement if needed. */
    Uni<Map<String, long[]>> reserve(SqlConnection connection, Map<String, Integer> counts) {
        List<String> sequences = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        synchronized (current) {
            counts.forEach((sequence, count) -> {
                long[] block = current.getOrDefault(sequence, new long[2]);
                long missing = count - (block[1] - block[0]);
                if (missing > 0) {
                    sequences.add(sequence);
                    blocks.add((int) ((missing + BLOCK - 1) / BLOCK));
                }
            });
        }
        if (sequences.isEmpty()) {
            return Uni.createFrom().item(() -> take(counts, Map.of()));
        }
        return connection.preparedQuery("select s.name, nextval(s.name::regclass) from unnest($1::text[], $2::int[]) "
                + "as s(name, blocks) cross join lateral generate_series(1, s.blocks)")
                .execute(Tuple.of(sequences.toArray(String[]::new), blocks.toArray(Integer[]::new)))
                .map(rows -> {
                    Map<String, List<Long>> starts = new HashMap<>();
                    rows.forEach(row -> starts.computeIfAbsent(row.getString(0), s -> new ArrayList<>()).add(row.getLong(1)));
                    return take(counts, starts);
                });
    }

    /** Takes the ids from the current blocks first, then from the new ones in ascending order. */
    private Map<String, long[]> take(Map<String, Integer> counts, Map<String, List<Long>> newBlocks) {
        Map<String, long[]> ids = new HashMap<>();
        synchronized (current) {
            counts.forEach((sequence, count) -> {
                long[] block = current.computeIfAbsent(sequence, s -> new long[2]);
                List<Long> fresh = newBlocks.getOrDefault(sequence, List.of()).stream().sorted().toList();
                long[] taken = new long[count];
                int next = 0;
                for (int i = 0; i < count; i++) {
                    if (block[0] == block[1]) {
                        block[0] = fresh.get(next++);
                        block[1] = block[0] + BLOCK;
                    }
                    taken[i] = block[0]++;
                }
                ids.put(sequence, taken);
            });
        }
        return ids;
    }
}
