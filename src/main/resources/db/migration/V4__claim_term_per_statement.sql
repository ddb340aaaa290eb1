-- claim_term is kept by one trigger call per INSERT statement instead of one per claim row. The startup loader
-- inserts thousands of claims with one multi-row statement; a row trigger ran a separate INSERT for each of them
-- (about 5 ms of an article's 15 ms in PostgreSQL), a statement trigger reads them all from the transition table
-- and indexes their terms with one INSERT. The rows it writes are the same as V3's trigger wrote.
drop trigger claim_term_index on claim;

create or replace function claim_term_index() returns trigger
    language plpgsql
    as $$
begin
    insert into claim_term (term, claim_id, article_id, term_count)
    select terms.term, c.id, c.article_id, count(*) over (partition by c.id)
    from inserted_claims c
    cross join lateral (select distinct term from unnest(c.key_terms) term) terms
    where c.stance = 'ASSERTS'
    on conflict do nothing;
    return null;
end
$$;

create trigger claim_term_index after insert on claim
    referencing new table as inserted_claims
    for each statement execute function claim_term_index();
