package nl.onderstroom.findings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored {@link Part} of a finding. */
@Embeddable
class FindingPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartKind kind;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "target_department_id")
    private Long targetDepartmentId;

    @Column(name = "item_key", length = 40)
    private String itemKey;

    protected FindingPart() {
    }

    FindingPart(Part part) {
        this.kind = part.kind();
        this.departmentId = part.departmentId();
        this.targetDepartmentId = part.targetDepartmentId();
        this.itemKey = part.key();
    }

    Part toPart() {
        return new Part(kind, departmentId, targetDepartmentId, itemKey);
    }
}
