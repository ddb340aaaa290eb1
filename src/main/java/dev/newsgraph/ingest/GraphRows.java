package dev.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.agreement.AgreementStatus;
import dev.newsgraph.claim.ClaimKind;
import dev.newsgraph.claim.ClaimantType;
import dev.newsgraph.claim.Stance;
import dev.newsgraph.expert.ExpertCategory;
import dev.newsgraph.extract.TextSpan;
import dev.newsgraph.source.SourceKind;

/**
 * The rows an ingest writes, as {@link FactMapper} builds them and {@link GraphTables} stores them. Ids are null
 * until the writer reserves them; rows of sources, experts and agreements are shared by every article of a batch
 * that names them, and {@code changed} marks a stored one the batch has added to.
 */
final class GraphRows {

    private GraphRows() {
    }

    static final class SourceRow {
        Long id;
        final String name;
        final SourceKind kind;
        List<String> aliases;
        Boolean stateRun;
        boolean changed;

        SourceRow(Long id, String name, SourceKind kind, List<String> aliases, Boolean stateRun) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.aliases = aliases;
            this.stateRun = stateRun;
        }
    }

    static final class ExpertRow {
        Long id;
        final String name;
        final String nameKey;
        final ExpertCategory category;
        String role;
        String affiliation;
        boolean changed;

        ExpertRow(Long id, String name, String nameKey, ExpertCategory category, String role, String affiliation) {
            this.id = id;
            this.name = name;
            this.nameKey = nameKey;
            this.category = category;
            this.role = role;
            this.affiliation = affiliation;
        }
    }

    static final class AgreementRow {
        Long id;
        final String name;
        final String nameKey;
        AgreementStatus status;
        List<String> parties;
        List<String> topics;
        boolean changed;

        AgreementRow(Long id, String name, String nameKey, AgreementStatus status, List<String> parties, List<String> topics) {
            this.id = id;
            this.name = name;
            this.nameKey = nameKey;
            this.status = status;
            this.parties = parties;
            this.topics = topics;
        }
    }

    /** One claim; {@code keyTerms} are its distinct key terms in text order. */
    static final class ClaimRow {
        long id;
        long articleId;
        final int ordinal;
        final String text;
        final ClaimKind kind;
        final Stance stance;
        final String claimant;
        final ClaimantType claimantType;
        final ExpertRow expert;
        final SourceRow source;
        final TextSpan evidence;
        final List<String> keyTerms;

        ClaimRow(int ordinal, String text, ClaimKind kind, Stance stance, String claimant, ClaimantType claimantType,
                ExpertRow expert, SourceRow source, TextSpan evidence, List<String> keyTerms) {
            this.ordinal = ordinal;
            this.text = text;
            this.kind = kind;
            this.stance = stance;
            this.claimant = claimant;
            this.claimantType = claimantType;
            this.expert = expert;
            this.source = source;
            this.evidence = evidence;
            this.keyTerms = keyTerms;
        }

        boolean asserts() {
            return stance == Stance.ASSERTS && !keyTerms.isEmpty();
        }
    }

    /** Where the article mentions an agreement. */
    record MentionRow(AgreementRow agreement, TextSpan span) {
    }

    /** One article and everything it adds; {@code denials} are pairs of claim ordinals that disagree. */
    static final class ArticleRows {
        long id;
        final String hash;
        final String corpusFile;
        final String title;
        final String url;
        final LocalDate publishedOn;
        final String author;
        final String body;
        final SourceRow publisher;
        final List<SourceRow> cited = new ArrayList<>();
        final List<ExpertRow> quoted = new ArrayList<>();
        final List<ClaimRow> claims = new ArrayList<>();
        final List<MentionRow> mentions = new ArrayList<>();
        final List<int[]> denials = new ArrayList<>();

        ArticleRows(String hash, String corpusFile, String title, String url, LocalDate publishedOn, String author,
                String body, SourceRow publisher) {
            this.hash = hash;
            this.corpusFile = corpusFile;
            this.title = title;
            this.url = url;
            this.publishedOn = publishedOn;
            this.author = author;
            this.body = body;
            this.publisher = publisher;
        }
    }
}
