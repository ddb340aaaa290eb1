package dev.newsgraph.expert;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An article quoting or paraphrasing an expert. */
@Entity
@Table(name = "article_expert")
@IdClass(Quotation.Key.class)
public class Quotation extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Id
    @Column(name = "expert_id")
    public Long expertId;

    public Quotation() {
    }

    public Quotation(Long articleId, Long expertId) {
        this.articleId = articleId;
        this.expertId = expertId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public Long articleId;
        public Long expertId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(expertId, k.expertId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, expertId);
        }
    }
}
