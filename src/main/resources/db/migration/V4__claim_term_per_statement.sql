-- claim_term is kept by one trigger call per statement instead of one per claim row. The startup loader inserts
-- thousands of claims with one multi-row statement; a row trigger ran a separate INSERT for each of them, a
-- statement trigger reads them all from the transition table and indexes their terms with one INSERT. The rows
-- it writes are the ones V3's trigger wrote.
drop trigger claim_term_index on claim;

-- Each new claim's terms are distinct and its id is new, so nothing can conflict: a plain INSERT saves the
-- speculative insertion ON CONFLICT costs on every row (~20% of the insert's CPU, measured on 40,000 rows).
create or replace function claim_term_index() returns trigger
    language plpgsql
    as $$
begin
    insert into claim_term (term, claim_id, article_id, term_count)
    select terms.term, c.id, c.article_id, count(*) over (partition by c.id)
    from inserted_claims c
    cross join lateral (select distinct term from unnest(c.key_terms) term) terms
    where c.stance = 'ASSERTS';
    return null;
end
$$;

create trigger claim_term_index after insert on claim
    referencing new table as inserted_claims
    for each statement execute function claim_term_index();

-- The foreign key from claim_term to claim checked every inserted row against claim (~30% of the insert's CPU,
-- ten rows per claim). Only the trigger above writes claim_term, always for claims it has just seen inserted, so
-- the check can never fail; what the key still did is remove a deleted claim's rows, which the two triggers below
-- do instead, once per statement (deleting an article deletes its claims through their own foreign key, and that
-- cascade runs the delete trigger too; TRUNCATE runs no delete trigger, hence the second one).
alter table claim_term drop constraint claim_term_claim_id_fkey;

create function claim_term_unindex() returns trigger
    language plpgsql
    as $$
begin
    delete from claim_term t using deleted_claims d where t.claim_id = d.id;
    return null;
end
$$;

create trigger claim_term_unindex after delete on claim
    referencing old table as deleted_claims
    for each statement execute function claim_term_unindex();

create function claim_term_clear() returns trigger
    language plpgsql
    as $$
begin
    truncate claim_term;
    return null;
end
$$;

create trigger claim_term_clear after truncate on claim
    for each statement execute function claim_term_clear();
