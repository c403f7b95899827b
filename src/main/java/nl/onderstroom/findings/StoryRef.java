package nl.onderstroom.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A story picked as evidence, by where it was told (a department's undercurrent stories, or a connection's) and the
 * SHA-256 of its text. The finding never keeps the text: the story shows only while the map shows it above the
 * story threshold and the retention job has not deleted it.
 *
 * @param departmentId       the department, or the connection's rating department
 * @param targetDepartmentId the connection's rated department; {@code null} for a department's stories
 * @param fingerprint        lower-case hex SHA-256 of the story's text
 */
public record StoryRef(long departmentId, Long targetDepartmentId, String fingerprint) {

    public StoryRef {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a story fingerprint");
        }
    }

    /** The fingerprint of a story's text. */
    public static String fingerprintOf(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
