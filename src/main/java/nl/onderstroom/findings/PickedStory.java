package nl.onderstroom.findings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored {@link StoryRef}: which story the advisor picked, by fingerprint (never the text itself). */
@Embeddable
class PickedStory {

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "target_department_id")
    private Long targetDepartmentId;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String fingerprint;

    protected PickedStory() {
    }

    PickedStory(StoryRef ref) {
        this.departmentId = ref.departmentId();
        this.targetDepartmentId = ref.targetDepartmentId();
        this.fingerprint = ref.fingerprint();
    }

    StoryRef toRef() {
        return new StoryRef(departmentId, targetDepartmentId, fingerprint);
    }
}
