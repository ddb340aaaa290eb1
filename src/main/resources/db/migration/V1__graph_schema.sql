-- The newsgraph schema: articles and what was extracted from them.
-- Ids come from sequences that allocate 50 at a time, so Hibernate can insert in batches.

create sequence source_seq start 1 increment 50;
create sequence expert_seq start 1 increment 50;
create sequence article_seq start 1 increment 50;
create sequence claim_seq start 1 increment 50;
create sequence claim_relation_seq start 1 increment 50;
create sequence agreement_seq start 1 increment 50;
create sequence agreement_mention_seq start 1 increment 50;

-- One row per outlet, keyed by its canonical name; aliases are the surface forms seen.
create table source (
    id        bigint primary key,
    name      text    not null,
    aliases   text[]  not null default '{}',
    kind      text    not null check (kind in ('NEWS_AGENCY', 'NEWSPAPER', 'BROADCASTER', 'OUTLET', 'GOVERNMENT_BODY', 'OTHER')),
    state_run boolean,
    constraint source_name_unique unique (name),
    constraint source_name_not_blank check (btrim(name) <> '')
);

-- One row per person; name_key is the normalised name (lower case, accents and punctuation folded).
create table expert (
    id          bigint primary key,
    name        text not null,
    name_key    text not null,
    role        text,
    affiliation text,
    category    text not null check (category in ('ANALYST', 'OFFICIAL', 'OTHER')),
    constraint expert_name_key_unique unique (name_key),
    constraint expert_name_not_blank check (btrim(name) <> '')
);

-- One row per distinct article text: content_hash is the SHA-256 of the text as received.
create table article (
    id           bigint primary key,
    content_hash text        not null,
    corpus_file  text,
    title        text        not null,
    url          text,
    published_on date,
    author       text,
    publisher_id bigint references source (id),
    body         text        not null,
    ingested_at  timestamptz not null default now(),
    constraint article_content_hash_unique unique (content_hash),
    constraint article_corpus_file_unique unique (corpus_file)
);
create index article_newest_first on article (published_on desc nulls last, id desc);
create index article_publisher on article (publisher_id);

-- Outlets an article cites (not its publisher).
create table article_source (
    article_id bigint not null references article (id) on delete cascade,
    source_id  bigint not null references source (id),
    primary key (article_id, source_id)
);
create index article_source_source on article_source (source_id);

-- Experts an article quotes.
create table article_expert (
    article_id bigint not null references article (id) on delete cascade,
    expert_id  bigint not null references expert (id),
    primary key (article_id, expert_id)
);
create index article_expert_expert on article_expert (expert_id);

-- An attributed assertion inside one article; evidence is a [start, end) span of article.body.
create table claim (
    id             bigint primary key,
    article_id     bigint  not null references article (id) on delete cascade,
    ordinal        integer not null,
    text           text    not null,
    kind           text    not null check (kind in ('DIRECT_QUOTE', 'REPORTED')),
    stance         text    not null check (stance in ('ASSERTS', 'DENIES')),
    claimant       text    not null,
    claimant_type  text    not null check (claimant_type in ('EXPERT', 'OFFICIAL', 'GOVERNMENT', 'ORGANISATION', 'AUTHOR', 'OTHER')),
    expert_id      bigint references expert (id),
    source_id      bigint references source (id),
    evidence_start integer not null,
    evidence_end   integer not null,
    evidence_text  text    not null,
    key_terms      text[]  not null default '{}',
    constraint claim_evidence_span check (evidence_start >= 0 and evidence_end > evidence_start
        and char_length(evidence_text) = evidence_end - evidence_start),
    constraint claim_ordinal_unique unique (article_id, ordinal)
);
create index claim_article on claim (article_id);
create index claim_expert on claim (expert_id);
create index claim_source on claim (source_id);
create index claim_key_terms on claim using gin (key_terms);

-- How two claims relate. Stored once in each direction so either claim finds the other by claim_id.
create table claim_relation (
    id             bigint primary key,
    claim_id       bigint not null references claim (id) on delete cascade,
    other_claim_id bigint not null references claim (id) on delete cascade,
    relation       text   not null check (relation in ('AGREES', 'DISAGREES')),
    constraint claim_relation_pair_unique unique (claim_id, other_claim_id),
    constraint claim_relation_not_self check (claim_id <> other_claim_id)
);
create index claim_relation_other on claim_relation (other_claim_id);

-- A pact, deal or treaty; one row however many articles report it (name_key is the normalised name).
create table agreement (
    id       bigint primary key,
    name     text   not null,
    name_key text   not null,
    parties  text[] not null default '{}',
    status   text   not null check (status in ('PROPOSED', 'PLANNED', 'SIGNED', 'IN_FORCE', 'REPORTED', 'DENIED')),
    topics   text[] not null default '{}',
    constraint agreement_name_key_unique unique (name_key)
);

-- Where an article mentions an agreement: a [start, end) span of that article's body.
create table agreement_mention (
    id           bigint primary key,
    agreement_id bigint  not null references agreement (id) on delete cascade,
    article_id   bigint  not null references article (id) on delete cascade,
    span_start   integer not null,
    span_end     integer not null,
    span_text    text    not null,
    constraint agreement_mention_span check (span_start >= 0 and span_end > span_start
        and char_length(span_text) = span_end - span_start)
);
create index agreement_mention_agreement on agreement_mention (agreement_id);
create index agreement_mention_article on agreement_mention (article_id);

-- Full-text search. Each searchable table carries a generated tsvector with a GIN index; the API matches
-- it with websearch_to_tsquery, so what users type in a search box ("quoted phrases", -exclusions) works.
-- array_to_string is only STABLE, so generated columns join arrays through this IMMUTABLE wrapper.
create function newsgraph_words(words text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string(words, ' '), '') $$;

alter table article add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) stored;
create index article_search on article using gin (search);

alter table source add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', newsgraph_words(aliases)), 'B')) stored;
create index source_search on source using gin (search);

alter table expert add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', coalesce(role, '') || ' ' || coalesce(affiliation, '')), 'B')) stored;
create index expert_search on expert using gin (search);

alter table claim add column search tsvector generated always as (
    setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', claimant), 'B')) stored;
create index claim_search on claim using gin (search);

alter table agreement add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', newsgraph_words(parties) || ' ' || newsgraph_words(topics)), 'B')) stored;
create index agreement_search on agreement using gin (search);

create index source_by_name on source (name, id);
create index expert_by_name on expert (name, id);
create index agreement_by_name on agreement (name, id);
