package nl.onderstroom.findings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.onderstroom.base.AbstractEntity;

/** A reaction to a finding: agree, doubt or a question, by a signed-in director or advisor. */
@Entity
@Table(name = "finding_reaction")
class FindingReaction extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_reaction_seq")
    @SequenceGenerator(name = "finding_reaction_seq", sequenceName = "finding_reaction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "finding_id", nullable = false)
    private Long findingId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReactionKind kind;

    @Column(length = 1000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FindingReaction() {
    }

    FindingReaction(long findingId, long authorId, ReactionKind kind, String body, Instant createdAt) {
        this.findingId = findingId;
        this.authorId = authorId;
        this.kind = kind;
        this.body = body;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getFindingId() {
        return findingId;
    }

    long getAuthorId() {
        return authorId;
    }

    ReactionKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
