package nl.onderstroom.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.onderstroom.base.AbstractEntity;

@Entity
@Table(name = "organisation")
class Organisation extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Months after a scan closes that its stories and open answers are kept (docs/privacy.md). */
    @Column(name = "text_retention_months", nullable = false)
    private int textRetentionMonths = OrganisationService.DEFAULT_RETENTION_MONTHS;

    /** Whom respondents can ask about their data; shown in the survey's privacy statement (null: none given). */
    @Column(name = "privacy_contact", length = 200)
    private String privacyContact;

    protected Organisation() {
    }

    Organisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    int getTextRetentionMonths() {
        return textRetentionMonths;
    }

    void setTextRetentionMonths(int textRetentionMonths) {
        this.textRetentionMonths = textRetentionMonths;
    }

    String getPrivacyContact() {
        return privacyContact;
    }

    void setPrivacyContact(String privacyContact) {
        this.privacyContact = privacyContact;
    }
}
