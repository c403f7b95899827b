package nl.onderstroom.findings;

import java.time.Instant;
import java.time.LocalDate;

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

/** An action agreed from a finding, owned by a director of the organisation. */
@Entity
@Table(name = "finding_action")
class FindingAction extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_action_seq")
    @SequenceGenerator(name = "finding_action_seq", sequenceName = "finding_action_seq", allocationSize = 50)
    private Long id;

    @Column(name = "finding_id", nullable = false)
    private Long findingId;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 500)
    private String what;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FindingAction() {
    }

    FindingAction(long findingId, long scanId, long organisationId, Long createdBy, Instant createdAt) {
        this.findingId = findingId;
        this.scanId = scanId;
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ActionStatus.OPEN;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getFindingId() {
        return findingId;
    }

    long getScanId() {
        return scanId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getWhat() {
        return what;
    }

    Long getOwnerId() {
        return ownerId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    ActionStatus getStatus() {
        return status;
    }

    void change(String what, long ownerId, LocalDate dueOn, ActionStatus status) {
        this.what = what;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.status = status;
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }
}
