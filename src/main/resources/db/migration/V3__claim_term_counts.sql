-- Agreement candidates without reading the candidate claims. Each claim_term row now carries how many distinct
-- key terms its claim has, and the primary key index carries that count and the article id, so the ingest
-- lookup (the newest stored assertions of each term) is an index-only scan that never joins claim: the join
-- V2's lookup needed made PostgreSQL walk the whole claim primary key once the corpus grew past a few thousand
-- claims. With the terms each candidate shares (counted in the app) and both term counts, the app decides
-- ClaimComparison.sameProposition exactly as it did from the two term lists.
alter table claim_term add column term_count integer;

update claim_term t
set term_count = c.term_count
from (select id, cardinality(array(select distinct term from unnest(key_terms) term)) as term_count from claim) c
where c.id = t.claim_id;

alter table claim_term alter column term_count set not null;

alter table claim_term drop constraint claim_term_pkey;
alter table claim_term add constraint claim_term_pkey primary key (term, claim_id) include (article_id, term_count);

create or replace function claim_term_index() returns trigger
    language plpgsql
    as $$
begin
    if new.stance = 'ASSERTS' then
        insert into claim_term (term, claim_id, article_id, term_count)
        select term, new.id, new.article_id, count(*) over ()
        from (select distinct term from unnest(new.key_terms) term) terms
        on conflict do nothing;
    end if;
    return null;
end
$$;

-- Nothing has read this index since V2 moved the candidate lookup to claim_term; every claim insert paid for it.
drop index claim_key_terms;
