package dev.newsgraph.source;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An article citing a source (not its publisher). */
@Entity
@Table(name = "article_source")
@IdClass(Citation.Key.class)
public class Citation extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Id
    @Column(name = "source_id")
    public Long sourceId;

    public Citation() {
    }

    public Citation(Long articleId, Long sourceId) {
        this.articleId = articleId;
        this.sourceId = sourceId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public Long articleId;
        public Long sourceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(sourceId, k.sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, sourceId);
        }
    }
}
