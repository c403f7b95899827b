package nl.onderstroom.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.onderstroom.base.AbstractEntity;

/** One survey round of one organisation; its question set is JSON, frozen once it opens. */
@Entity
@Table(name = "scan")
class Scan extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_seq")
    @SequenceGenerator(name = "scan_seq", sequenceName = "scan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScanStatus status = ScanStatus.DRAFT;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "story_threshold", nullable = false)
    private int storyThreshold;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "previous_scan_id")
    private Long previousScanId;

    @Column(name = "question_set", nullable = false, columnDefinition = "mediumtext")
    private String questionSet;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Scan() {
    }

    Scan(long organisationId, String name, int threshold, int storyThreshold, Long previousScanId, String questionSet,
         Instant createdAt) {
        this.organisationId = organisationId;
        this.name = name;
        this.threshold = threshold;
        this.storyThreshold = storyThreshold;
        this.previousScanId = previousScanId;
        this.questionSet = questionSet;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    ScanStatus getStatus() {
        return status;
    }

    void setStatus(ScanStatus status) {
        this.status = status;
    }

    int getThreshold() {
        return threshold;
    }

    void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    int getStoryThreshold() {
        return storyThreshold;
    }

    void setStoryThreshold(int storyThreshold) {
        this.storyThreshold = storyThreshold;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    Long getPreviousScanId() {
        return previousScanId;
    }

    String getQuestionSet() {
        return questionSet;
    }

    void setQuestionSet(String questionSet) {
        this.questionSet = questionSet;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
