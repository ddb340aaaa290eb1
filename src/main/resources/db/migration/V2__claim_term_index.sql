-- Candidate lookup for agreements between articles: one row per (key term, asserting claim), kept by a trigger.
-- Ingest asks, for each new assertion, for the newest 200 stored assertions sharing any of its terms. With
-- only the GIN index on claim.key_terms PostgreSQL must collect every claim sharing a term and sort them, which
-- grows with the corpus; the primary key here hands out the newest claims of one term from an index scan, and
-- the newest 200 sharing any term are always among the newest 200 of each term.
create table claim_term (
    term       text   not null,
    claim_id   bigint not null references claim (id) on delete cascade,
    article_id bigint not null,
    primary key (term, claim_id)
);
create index claim_term_claim on claim_term (claim_id);

create function claim_term_index() returns trigger
    language plpgsql
    as $$
begin
    if new.stance = 'ASSERTS' then
        insert into claim_term (term, claim_id, article_id)
        select distinct term, new.id, new.article_id from unnest(new.key_terms) term
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger claim_term_index after insert on claim for each row execute function claim_term_index();

insert into claim_term (term, claim_id, article_id)
select distinct term, c.id, c.article_id from claim c cross join lateral unnest(c.key_terms) term
where c.stance = 'ASSERTS';
