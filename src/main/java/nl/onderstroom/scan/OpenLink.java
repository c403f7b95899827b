package nl.onderstroom.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.onderstroom.base.AbstractEntity;

/** A link anyone in a department may use, up to a number of responses. Only the token's keyed hash is kept. */
@Entity
@Table(name = "open_link")
class OpenLink extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open_link_seq")
    @SequenceGenerator(name = "open_link_seq", sequenceName = "open_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "token_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String tokenHash;

    @Column(name = "response_cap", nullable = false)
    private int responseCap;

    @Column(name = "response_count", nullable = false)
    private int responseCount;

    @Column(nullable = false)
    private boolean active = true;

    protected OpenLink() {
    }

    OpenLink(long scanId, Long departmentId, String tokenHash, int responseCap) {
        this.scanId = scanId;
        this.departmentId = departmentId;
        this.tokenHash = tokenHash;
        this.responseCap = responseCap;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getScanId() {
        return scanId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    int getResponseCap() {
        return responseCap;
    }

    int getResponseCount() {
        return responseCount;
    }

    void countResponse() {
        responseCount++;
    }

    boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    boolean isFull() {
        return responseCount >= responseCap;
    }
}
