-- Agreement candidates as one row per key term instead of one per (term, claim). Ingest only ever reads the newest
-- 100 asserting claims of each term (RelationFinder.MAX_AGREEMENT_CANDIDATES), but claim_term kept every one: ~190
-- rows per article, written by a trigger on every claim insert, the largest single cost left in PostgreSQL (4.9 s
-- of the 3,000-article load's 16 s of statement time). term_candidates holds just those newest 100 per term,
-- ascending by claim id, with each claim's count of distinct key terms, and the writer rewrites the rows of the
-- terms its batch touched (a few hundred per batch) with the lists it has merged in memory anyway. The candidates
-- read are the same as claim_term's index gave, so the relations stored are the same.
create table term_candidates (
    term        text     not null primary key,
    claim_ids   bigint[] not null,
    term_counts int[]    not null,
    constraint term_candidates_parallel check (cardinality(claim_ids) = cardinality(term_counts))
) with (fillfactor = 50); -- room on the page keeps the rewrites HOT updates

insert into term_candidates (term, claim_ids, term_counts)
select term, array_agg(claim_id order by claim_id), array_agg(term_count order by claim_id)
from (select term, claim_id, term_count, row_number() over (partition by term order by claim_id desc) as newness
      from claim_term) newest
where newness <= 100
group by term;

drop trigger claim_term_index on claim;
drop function claim_term_index();
drop table claim_term;

-- When claims are deleted the lists of their terms are refilled from the newest remaining assertions. Only deletes
-- read this index (an article's deletion or a changed corpus file's replacement); it costs far less per insert
-- than claim_term did (0.5 s against 3.0-3.6 s for the same 65,457 claims).
create index claim_asserted_terms on claim using gin (key_terms) where stance = 'ASSERTS';

create or replace function claim_remove_dependents() returns trigger
    language plpgsql
    as $$
begin
    with touched as (
        select distinct term from deleted_claims d cross join lateral unnest(d.key_terms) term where d.stance = 'ASSERTS'),
    refilled as (
        select touched.term, newest.claim_ids, newest.term_counts
        from touched
        cross join lateral (
            select coalesce(array_agg(n.id order by n.id), '{}') claim_ids,
                   coalesce(array_agg(n.term_count order by n.id), '{}') term_counts
            from (select c.id, cardinality(array(select distinct k from unnest(c.key_terms) k)) term_count
                  from claim c
                  where c.stance = 'ASSERTS' and c.key_terms @> array[touched.term]
                  order by c.id desc limit 100) n) newest)
    update term_candidates t set claim_ids = r.claim_ids, term_counts = r.term_counts
    from refilled r where t.term = r.term;
    delete from term_candidates where claim_ids = '{}';
    delete from claim_relation r
    using claim_relation mirror, deleted_claims d
    where mirror.claim_id = d.id and r.claim_id = mirror.other_claim_id and r.other_claim_id = mirror.claim_id;
    delete from claim_relation r using deleted_claims d where r.claim_id = d.id;
    return null;
end
$$;

create or replace function claim_clear_dependents() returns trigger
    language plpgsql
    as $$
begin
    truncate term_candidates, claim_relation;
    return null;
end
$$;
