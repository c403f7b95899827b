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
import nl.onderstroom.base.AbstractEntity;

/** A one-time code for one department of one scan, kept only as its keyed hash. Never linked to a response. */
@Entity
@Table(name = "invitation")
class Invitation extends AbstractEntity {

    enum Kind { CODE, EMAIL, DIRECTOR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "code_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String codeHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false)
    private boolean used;

    protected Invitation() {
    }

    Invitation(long scanId, Long departmentId, String codeHash, Kind kind) {
        this.scanId = scanId;
        this.departmentId = departmentId;
        this.codeHash = codeHash;
        this.kind = kind;
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

    String getCodeHash() {
        return codeHash;
    }

    void setCodeHash(String codeHash) {
        this.codeHash = codeHash;
    }

    Kind getKind() {
        return kind;
    }

    boolean isUsed() {
        return used;
    }

    void markUsed() {
        this.used = true;
    }
}
