package nl.onderstroom.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.onderstroom.base.AbstractEntity;

@Entity
@Table(name = "department")
class Department extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int headcount;

    protected Department() {
    }

    Department(Long organisationId, Long parentId, String name, int headcount) {
        this.organisationId = organisationId;
        this.parentId = parentId;
        this.name = name;
        this.headcount = headcount;
    }

    @Override
    public Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getParentId() {
        return parentId;
    }

    void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    int getHeadcount() {
        return headcount;
    }

    void setHeadcount(int headcount) {
        this.headcount = headcount;
    }
}
