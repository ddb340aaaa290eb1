-- claim_relation without foreign keys. Each relation row made PostgreSQL look up both of its claims (two
-- SELECT ... FOR KEY SHARE per row, ~65 rows per article): measured on the 192,634 relations of 3,000 generated
-- articles, inserting them took 4.7 s with the two keys and 1.2 s without. Only the ingest writer inserts
-- relations, under the writers' advisory lock, between claims of its own transaction or candidates it has just
-- read from claim_term under that lock (every delete takes the same lock), so the check could never fail. What the
-- keys still did is remove a deleted claim's relations; the claim delete trigger does that instead, once per
-- statement. Relations are stored both ways, so a deleted claim's rows are those with its id as claim_id (found by
-- claim_relation_pair_unique, the index reads use) and their mirrors, found the same way; claim_relation_other,
-- which served only the cascade on other_claim_id, goes.
alter table claim_relation drop constraint claim_relation_claim_id_fkey;
alter table claim_relation drop constraint claim_relation_other_claim_id_fkey;
drop index claim_relation_other;

-- claim_term_claim served only this trigger's delete; a deleted claim's term rows are found through the primary
-- key (term, claim_id) from the claim's own key terms instead.
drop index claim_term_claim;

drop trigger claim_term_unindex on claim;
drop function claim_term_unindex();
drop trigger claim_term_clear on claim;
drop function claim_term_clear();

create function claim_remove_dependents() returns trigger
    language plpgsql
    as $$
begin
    delete from claim_term t
    using (select d.id, term from deleted_claims d cross join lateral unnest(d.key_terms) term) gone
    where t.term = gone.term and t.claim_id = gone.id;
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
    truncate claim_term, claim_relation;
    return null;
end
$$;

create trigger claim_clear_dependents after truncate on claim
    for each statement execute function claim_clear_dependents();
