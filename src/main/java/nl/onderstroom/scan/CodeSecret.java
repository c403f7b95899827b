package nl.onderstroom.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server secret that keys the hashes of invitation codes, resume codes and open-link tokens
 * ({@code onderstroom.code-secret}, at least 32 characters; see docs/operations.md). Without it, a random secret
 * is generated once and kept in the data directory, which suits the embedded demo. The secret is never logged.
 */
@Component
class CodeSecret {

    private static final Logger LOG = LoggerFactory.getLogger(CodeSecret.class);
    static final int MIN_LENGTH = 32;

    private final byte[] secret;

    CodeSecret(@Value("${onderstroom.code-secret:}") String configured,
               @Value("${ONDERSTROOM_DATA_DIR:./data}") String dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException("onderstroom.code-secret must have at least " + MIN_LENGTH + " characters");
            }
            secret = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            secret = generated(Path.of(dataDir, "code-secret"));
        }
    }

    private static byte[] generated(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.warn("No onderstroom.code-secret configured: generated one in {} (keep it with the database)", file);
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the code secret in " + file, e);
        }
    }

    /** The keyed hash of an invitation or resume code as typed (see {@link InvitationCodes#hash}). */
    String codeHash(String code) {
        return InvitationCodes.hash(code, secret);
    }

    /** The keyed hash of an open-link token. */
    String tokenHash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(("open-link:" + token).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
