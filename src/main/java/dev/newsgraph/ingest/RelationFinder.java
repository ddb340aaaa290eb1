package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import dev.newsgraph.claim.Relation;
import dev.newsgraph.extract.ClaimComparison;
import dev.newsgraph.ingest.GraphRows.ArticleRows;
import dev.newsgraph.ingest.GraphRows.ClaimRow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Finds the claim relations a batch of articles adds: DISAGREES between a denial and the claim it denies in the
 * same article, and AGREES between a new assertion and each of the newest {@value #MAX_AGREEMENT_CANDIDATES}
 * assertions of other articles sharing a key term that say the same thing
 * ({@link ClaimComparison#sameProposition(int, int, int)}). "Other articles" are those stored before it: the
 * stored ones and the earlier articles of the batch, exactly as if the batch were stored one article at a time.
 *
 * <p>One statement reads, for every key term of the batch, the newest stored assertions holding it (at least
 * {@value #MAX_AGREEMENT_CANDIDATES} where there are that many) with each one's term count, from term_candidates
 * (V5). The batch's own assertions join those lists in memory as each article is done, and the merged lists are
 * written back with the batch. An assertion's candidates are the newest {@value #MAX_AGREEMENT_CANDIDATES} sharing
 * any of its terms, and each of them is in the list of every term it shares (else that term alone would have
 * {@value #MAX_AGREEMENT_CANDIDATES} newer ones), so counting its appearances across the assertion's lists gives
 * exactly the terms both share.
 */
final class RelationFinder {

    static final int MAX_AGREEMENT_CANDIDATES = 100;
    /**
     * How many of its newest assertions a term's stored list keeps: the second hundred is only there so that a
     * deleted claim seldom leaves a list too short to give the newest hundred (V5).
     */
    static final int KEPT_PER_TERM = 2 * MAX_AGREEMENT_CANDIDATES;
    /** Bits of a packed candidate that hold its claim's term count; the claim id takes the bits above. */
    private static final int TERM_COUNT_BITS = 20;
    private static final long TERM_COUNT_MASK = (1L << TERM_COUNT_BITS) - 1;
    private static final long[] NONE = new long[0];

    /** Relations as parallel columns, each pair stored both ways. */
    static final class Relations {
        long[] claims = new long[64];
        long[] others = new long[64];
        final List<String> kinds = new ArrayList<>();
        /** The candidate list each key term of the batch has once the batch is stored, to write back. */
        final Map<String, long[]> newestOfTerms = new HashMap<>();

        int size() {
            return kinds.size();
        }

        private void addBothWays(long claim, long other, Relation relation) {
            add(claim, other, relation);
            add(other, claim, relation);
        }

        private void add(long claim, long other, Relation relation) {
            int at = kinds.size();
            if (at == claims.length) {
                claims = Arrays.copyOf(claims, at * 2);
                others = Arrays.copyOf(others, at * 2);
            }
            claims[at] = claim;
            others[at] = other;
            kinds.add(relation.name());
        }
    }

    /** The claim id of a packed candidate. */
    static long claimId(long packed) {
        return packed >>> TERM_COUNT_BITS;
    }

    /** The term count of a packed candidate. */
    static int termCount(long packed) {
        return (int) (packed & TERM_COUNT_MASK);
    }

    Uni<Relations> find(SqlConnection connection, List<ArticleRows> articles, Executor cpu) {
        Set<String> terms = new LinkedHashSet<>();
        for (ArticleRows article : articles) {
            article.claims.stream().filter(ClaimRow::asserts).forEach(claim -> terms.addAll(claim.keyTerms));
        }
        if (terms.isEmpty()) {
            return Uni.createFrom().item(() -> relate(articles, Map.of()));
        }
        return connection.preparedQuery("select term, claim_ids, term_counts from term_candidates where term = any($1)")
                .execute(Tuple.of(terms.toArray(String[]::new)))
                .emitOn(cpu)
                .map(rows -> {
                    Map<String, long[]> stored = new HashMap<>();
                    rows.forEach(row -> stored.put(row.getString(0), packed(row.getArrayOfLongs(1), row.getArrayOfIntegers(2))));
                    return relate(articles, stored);
                });
    }

    /** A stored candidate list (ascending claim ids and their term counts) packed as the lists in memory are. */
    private static long[] packed(Long[] claimIds, Integer[] termCounts) {
        long[] packed = new long[claimIds.length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = claimIds[i] << TERM_COUNT_BITS | Math.min(termCounts[i], TERM_COUNT_MASK);
        }
        return packed;
    }

    /**
     * The relations of the articles in order, given the newest stored candidates of each of their terms, and the
     * new candidate lists of the terms the batch touched.
     */
    static Relations relate(List<ArticleRows> articles, Map<String, long[]> stored) {
        Relations relations = new Relations();
        Map<String, long[]> batch = new HashMap<>();
        for (ArticleRows article : articles) {
            for (int[] denial : article.denials) {
                relations.addBothWays(article.claims.get(denial[0]).id, article.claims.get(denial[1]).id, Relation.DISAGREES);
            }
            Map<String, long[]> newest = new HashMap<>();
            for (ClaimRow claim : article.claims) {
                if (claim.asserts()) {
                    relateToCandidates(claim, newest, stored, batch, relations);
                }
            }
            for (ClaimRow claim : article.claims) {
                if (claim.asserts()) {
                    long packed = claim.id << TERM_COUNT_BITS | Math.min(claim.keyTerms.size(), TERM_COUNT_MASK);
                    claim.keyTerms.forEach(term -> batch.merge(term, new long[] { packed }, RelationFinder::appended));
                }
            }
        }
        batch.forEach((term, added) -> relations.newestOfTerms.put(term, newestOf(stored.getOrDefault(term, NONE), added)));
        return relations;
    }

    /**
     * Adds AGREES between the claim and each of its newest candidates that asserts the same. Each term's list is
     * sorted and holds a candidate at most once, so walking all lists from their newest ends together meets the
     * candidates newest first, and the number of lists a candidate heads at once is the number of terms it shares.
     */
    private static void relateToCandidates(ClaimRow claim, Map<String, long[]> newest, Map<String, long[]> stored,
            Map<String, long[]> batch, Relations relations) {
        int terms = claim.keyTerms.size();
        long[][] lists = new long[terms][];
        int[] next = new int[terms];
        for (int i = 0; i < terms; i++) {
            lists[i] = newest.computeIfAbsent(claim.keyTerms.get(i),
                    t -> newestOf(stored.getOrDefault(t, NONE), batch.getOrDefault(t, NONE)));
            next[i] = lists[i].length - 1;
        }
        for (int seen = 0; seen < MAX_AGREEMENT_CANDIDATES; seen++) {
            long candidate = -1;
            for (int i = 0; i < terms; i++) {
                if (next[i] >= 0 && lists[i][next[i]] > candidate) {
                    candidate = lists[i][next[i]];
                }
            }
            if (candidate < 0) {
                return;
            }
            int shared = 0;
            for (int i = 0; i < terms; i++) {
                if (next[i] >= 0 && lists[i][next[i]] == candidate) {
                    shared++;
                    next[i]--;
                }
            }
            if (ClaimComparison.sameProposition(shared, terms, termCount(candidate))) {
                relations.addBothWays(claim.id, claimId(candidate), Relation.AGREES);
            }
        }
    }

    /** The list with the batch's newest assertion added (it has the highest id yet, so it goes last). */
    private static long[] appended(long[] list, long[] newest) {
        if (list.length < KEPT_PER_TERM) {
            long[] longer = Arrays.copyOf(list, list.length + 1);
            longer[list.length] = newest[0];
            return longer;
        }
        System.arraycopy(list, 1, list, 0, list.length - 1);
        list[list.length - 1] = newest[0];
        return list;
    }

    /** The newest {@value #KEPT_PER_TERM} of two ascending candidate lists, ascending. */
    private static long[] newestOf(long[] some, long[] more) {
        if (more.length == 0 || some.length == 0) {
            return more.length == 0 ? some : more;
        }
        long[] all = Arrays.copyOf(some, some.length + more.length);
        System.arraycopy(more, 0, all, some.length, more.length);
        Arrays.sort(all);
        return all.length <= KEPT_PER_TERM ? all : Arrays.copyOfRange(all, all.length - KEPT_PER_TERM, all.length);
    }
}
