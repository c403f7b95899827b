package nl.onderstroom.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.onderstroom.base.AbstractEntity;

/** An address an invitation was mailed to, kept only while the scan is open (for reminders). */
@Entity
@Table(name = "email_invitation")
class EmailInvitation extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_invitation_seq")
    @SequenceGenerator(name = "email_invitation_seq", sequenceName = "email_invitation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "invitation_id", nullable = false)
    private Long invitationId;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false)
    private int reminders;

    protected EmailInvitation() {
    }

    EmailInvitation(long scanId, long invitationId, String address) {
        this.scanId = scanId;
        this.invitationId = invitationId;
        this.address = address;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getScanId() {
        return scanId;
    }

    long getInvitationId() {
        return invitationId;
    }

    String getAddress() {
        return address;
    }

    int getReminders() {
        return reminders;
    }

    void countReminder() {
        reminders++;
    }
}
