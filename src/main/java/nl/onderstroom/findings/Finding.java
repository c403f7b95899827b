package nl.onderstroom.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.onderstroom.base.AbstractEntity;

/** An advisor's finding about a scan. */
@Entity
@Table(name = "finding")
class Finding extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String narrative;

    @Column(name = "suggestion_key", length = 200)
    private String suggestionKey;

    @Column(name = "locked_by")
    private Long lockedBy;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_part", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "part_order")
    private List<FindingPart> parts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "finding_story", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "story_order")
    private List<PickedStory> stories = new ArrayList<>();

    protected Finding() {
    }

    Finding(long scanId, long organisationId, int sortOrder, Long createdBy, Instant now) {
        this.scanId = scanId;
        this.organisationId = organisationId;
        this.sortOrder = sortOrder;
        this.createdBy = createdBy;
        this.updatedAt = now;
        this.title = "";
        this.narrative = "";
    }

    @Override
    public Long getId() {
        return id;
    }

    long getScanId() {
        return scanId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    String getTitle() {
        return title;
    }

    String getNarrative() {
        return narrative;
    }

    String getSuggestionKey() {
        return suggestionKey;
    }

    void setSuggestionKey(String suggestionKey) {
        this.suggestionKey = suggestionKey;
    }

    Long getLockedBy() {
        return lockedBy;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    int getRevision() {
        return revision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Whether someone other than {@code accountId} holds an unexpired lock at {@code now}. */
    boolean lockedByOther(long accountId, Instant now) {
        return lockedBy != null && lockedBy != accountId && lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The holder of an unexpired lock, or {@code null}. */
    Long holder(Instant now) {
        return lockedBy != null && lockedUntil != null && lockedUntil.isAfter(now) ? lockedBy : null;
    }

    void lock(long accountId, Instant until) {
        this.lockedBy = accountId;
        this.lockedUntil = until;
    }

    void unlock() {
        this.lockedBy = null;
        this.lockedUntil = null;
    }

    /** Replaces the content and counts a revision. */
    void change(String title, String narrative, List<Part> parts, List<StoryRef> stories, Instant now) {
        this.title = title;
        this.narrative = narrative;
        this.parts.clear();
        parts.forEach(p -> this.parts.add(new FindingPart(p)));
        this.stories.clear();
        stories.forEach(s -> this.stories.add(new PickedStory(s)));
        this.revision++;
        this.updatedAt = now;
    }

    List<Part> parts() {
        return parts.stream().map(FindingPart::toPart).toList();
    }

    List<StoryRef> stories() {
        return stories.stream().map(PickedStory::toRef).toList();
    }
}
