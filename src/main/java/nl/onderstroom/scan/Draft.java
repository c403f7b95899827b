package nl.onderstroom.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A respondent's unfinished answers (JSON), keyed by the keyed hash of their code or resume code. */
@Entity
@Table(name = "draft")
class Draft {

    @Id
    @Column(name = "key_hash", length = 64, columnDefinition = "char(64)")
    private String keyHash;

    @Column(name = "scan_id", nullable = false)
    private Long scanId;

    @Column(name = "open_link_id")
    private Long openLinkId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String content;

    @Version
    private long version;

    protected Draft() {
    }

    Draft(String keyHash, long scanId, Long openLinkId, String content) {
        this.keyHash = keyHash;
        this.scanId = scanId;
        this.openLinkId = openLinkId;
        this.content = content;
    }

    String getKeyHash() {
        return keyHash;
    }

    long getScanId() {
        return scanId;
    }

    Long getOpenLinkId() {
        return openLinkId;
    }

    String getContent() {
        return content;
    }

    void setContent(String content) {
        this.content = content;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Draft d && keyHash != null && keyHash.equals(d.keyHash);
    }

    @Override
    public int hashCode() {
        return Draft.class.hashCode();
    }
}
