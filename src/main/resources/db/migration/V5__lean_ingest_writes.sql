-- Cheaper ingest writes, the graph unchanged (issue 13). Measured on 3,000 generated articles (seed 42), CPU of all
-- PostgreSQL backends: see docs/benchmarks.md, "Ingest: what PostgreSQL spends per article".

-- 1. claim_relation without foreign keys. Each relation row made PostgreSQL look up both of its claims (two
-- SELECT ... FOR KEY SHARE per row, ~65 rows per article): inserting the 192,634 relations of 3,000 generated
-- articles took 4.7 s with the two keys and 1.2 s without. Only the ingest writer inserts relations, under the
-- writers' advisory lock, between claims of its own transaction or candidates it has just read under that lock
-- (every delete takes the same lock), so the check could never fail. What the keys still did is remove a deleted
-- claim's relations; the claim delete trigger below does that instead, once per statement. Relations are stored
-- both ways, so a deleted claim's rows are those with its id as claim_id (found by claim_relation_pair_unique, the
-- index reads use) and their mirrors, found the same way; claim_relation_other served only the cascade.
alter table claim_relation drop constraint claim_relation_claim_id_fkey;
alter table claim_relation drop constraint claim_relation_other_claim_id_fkey;
drop index claim_relation_other;

-- 2. Agreement candidates as one row per key term instead of one per (term, claim). Ingest only ever reads the
-- newest 100 asserting claims sharing a term (RelationFinder.MAX_AGREEMENT_CANDIDATES), but claim_term kept every
-- one: ~200 rows per article, written by a trigger on every claim insert, the largest cost left after step 1.
-- term_candidates keeps the newest 200 asserting claims of each term (RelationFinder.KEPT_PER_TERM), ascending by
-- claim id, with each claim's count of distinct key terms; the writer rewrites the rows of the terms its batch
-- touched (a few hundred per batch) with the lists it merges in memory anyway. Each list is the newest part of its
-- term's claims: every asserting claim of the term newer than its first entry is in it. So while a list holds at
-- least 100, its newest 100 are the ones claim_term's index gave, and the relations stored are the same. The second
-- hundred is there for deletes: they shorten lists, and only a list that falls under 100 while older claims of its
-- term exist must be refilled from the claims themselves (rare: it takes over 100 deletions among a term's newest
-- 200, and that refill is slow for a common term).
create table term_candidates (
    term        text     not null primary key,
    claim_ids   bigint[] not null,
    term_counts int[]    not null,
    constraint term_candidates_parallel check (cardinality(claim_ids) = cardinality(term_counts))
)
-- Room on the page keeps the rewrites HOT updates. A full row (200 ids and counts, ~2.5 kB) is over the 2 kB at
-- which PostgreSQL starts compressing and moving values out of line, which made each rewrite cost twice as much for
-- nothing (ascending ids hardly compress): rows stay whole up to a page.
with (fillfactor = 50, toast_tuple_target = 8160);

insert into term_candidates (term, claim_ids, term_counts)
select term, array_agg(claim_id order by claim_id), array_agg(term_count order by claim_id)
from (select term, claim_id, term_count, row_number() over (partition by term order by claim_id desc) as newness
      from claim_term) newest
where newness <= 200
group by term;

drop trigger claim_term_index on claim;
drop function claim_term_index();
drop trigger claim_term_unindex on claim;
drop function claim_term_unindex();
drop trigger claim_term_clear on claim;
drop function claim_term_clear();
drop table claim_term;

-- Only the refill above reads this index (an article's deletion or a changed corpus file's replacement); it costs
-- far less per insert than claim_term did (0.5 s against 3.0-3.6 s for the same 65,457 claims).
create index claim_asserted_terms on claim using gin (key_terms) where stance = 'ASSERTS';

create function claim_remove_dependents() returns trigger
    language plpgsql
    as $$
declare
    short text;
begin
    -- the deleted claims leave the lists of their terms
    update term_candidates t set claim_ids = kept.claim_ids, term_counts = kept.term_counts
    from (select distinct term from deleted_claims d cross join lateral unnest(d.key_terms) term
          where d.stance = 'ASSERTS') touched
    cross join lateral (
        select coalesce(array_agg(x.id order by x.id), '{}') claim_ids, coalesce(array_agg(x.n order by x.id), '{}') term_counts
        from term_candidates l cross join lateral unnest(l.claim_ids, l.term_counts) x(id, n)
        where l.term = touched.term and x.id not in (select id from deleted_claims)) kept
    where t.term = touched.term;
    -- a list under 100 with older claims of its term left out of it is refilled with the newest 200
    for short in
        select t.term from term_candidates t
        where cardinality(t.claim_ids) < 100
          and t.term in (select term from deleted_claims d cross join lateral unnest(d.key_terms) term)
          and exists (select 1 from claim c where c.stance = 'ASSERTS' and c.key_terms @> array[t.term]
                      and c.id < coalesce(t.claim_ids[1], 9223372036854775807))
    loop
        update term_candidates t set claim_ids = newest.claim_ids, term_counts = newest.term_counts
        from (select array_agg(n.id order by n.id) claim_ids, array_agg(n.term_count order by n.id) term_counts
              from (select c.id, cardinality(array(select distinct k from unnest(c.key_terms) k)) term_count
                    from claim c
                    where c.stance = 'ASSERTS' and c.key_terms @> array[short]
                    order by c.id desc limit 200) n) newest
        where t.term = short;
    end loop;
    delete from term_candidates where claim_ids = '{}';
    delete from claim_relation r
    using claim_relation mirror, deleted_claims d
    where mirror.claim_id = d.id and r.claim_id = mirror.other_claim_id and r.other_claim_id = mirror.claim_id;
    delete from claim_relation r using deleted_claims d where r.claim_id = d.id;
    return null;
end
$$;

create trigger claim_remove_dependents after delete on claim
    referencing old table as deleted_claims
    for each statement execute function claim_remove_dependents();

-- TRUNCATE runs no delete trigger (also when it reaches claim through a cascade from article).
create function claim_clear_dependents() returns trigger
    language plpgsql
    as $$
begin
    truncate term_candidates, claim_relation;
    return null;
end
$$;

create trigger claim_clear_dependents after truncate on claim
    for each statement execute function claim_clear_dependents();
