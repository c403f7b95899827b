package nl.onderstroom.scan;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-time invitation codes, resume codes and open-link tokens.
 *
 * <p>A code is 12 characters from a 31-character alphabet without the look-alikes {@code 0 O 1 I L}
 * (about 59 bits), shown as {@code XXXX-XXXX-XXXX}. People type it in any letter case, with or
 * without spaces and dashes. Since no code contains {@code 0 O 1 I L}, those are not silently mapped
 * to something else: {@link #normalise} rejects them with a message that says so.
 *
 * <p>Codes are stored only as {@link #hash}: an HMAC-SHA256 keyed with a server secret. A keyed
 * hash rather than a per-row salt, because a typed code must be found by its hash; the secret
 * (kept outside the database) is what stops a database dump from being searched for all codes.
 *
 * <p>Generation uses {@link SecureRandom}; the static methods are pure and thread-safe.
 */
public final class InvitationCodes {

    /** The characters a code consists of: digits and capitals without 0, O, 1, I and L. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    public static final int OPEN_LINK_TOKEN_LENGTH = 22;
    private static final String AMBIGUOUS = "0O1IL";
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    public InvitationCodes() {
        this(new SecureRandom());
    }

    public InvitationCodes(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    /**
     * A code as typed, normalised; or why it cannot be one.
     *
     * @param code        the 12 characters in upper case, or {@code null} when invalid
     * @param problemKey  the translation key of the problem, or {@code null} when valid
     * @param problemArgs its arguments
     */
    public record Normalised(String code, String problemKey, List<Object> problemArgs) {
        public Normalised {
            problemArgs = List.copyOf(problemArgs);
        }

        public boolean isValid() {
            return code != null;
        }

        static Normalised problem(String key, Object... args) {
            return new Normalised(null, key, List.of(args));
        }
    }

    /** A new invitation code, normalised (no dashes); {@link #format} shows it. */
    public String newInvitationCode() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** A new resume code for a respondent who came in through an open link: like an invitation code. */
    public String newResumeCode() {
        return newInvitationCode();
    }

    /** A new open-link token: 16 random bytes as 22 characters of URL-safe base64, no padding. */
    public String newOpenLinkToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the shape of an open-link token; say "not found" early when not. */
    public static boolean isOpenLinkToken(String token) {
        if (token == null || token.length() != OPEN_LINK_TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        // 22 characters carry 132 bits; the last character holds only 2 of the 128, so its low 4 bits are 0.
        return "AQgw".indexOf(token.charAt(OPEN_LINK_TOKEN_LENGTH - 1)) >= 0;
    }

    /** Shows a normalised code as {@code XXXX-XXXX-XXXX}. */
    public static String format(String code) {
        Normalised n = normalise(code);
        if (!n.isValid()) {
            throw new IllegalArgumentException("not a code");
        }
        String c = n.code();
        return c.substring(0, 4) + '-' + c.substring(4, 8) + '-' + c.substring(8);
    }

    /**
     * Normalises a typed code: upper case; spaces (also non-breaking), tabs, dashes and hyphens of any
     * kind removed. Problems: {@code scan.code.empty}; {@code scan.code.ambiguousCharacter}
     * ({@code 0 O 1 I L}, which no code contains); {@code scan.code.invalidCharacter};
     * {@code scan.code.length} (with the expected and the typed number of characters).
     */
    public static Normalised normalise(String typed) {
        if (typed == null) {
            return Normalised.problem("scan.code.empty");
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.DASH_PUNCTUATION || cp == '\u2212') {
                continue;
            }
            int upper = cp < 128 ? Character.toUpperCase(cp) : cp;
            if (AMBIGUOUS.indexOf(upper) >= 0) {
                return Normalised.problem("scan.code.ambiguousCharacter", Character.toString(cp));
            }
            if (upper >= 128 || ALPHABET.indexOf(upper) < 0) {
                return Normalised.problem("scan.code.invalidCharacter", Character.toString(cp));
            }
            code.append((char) upper);
        }
        if (code.isEmpty()) {
            return Normalised.problem("scan.code.empty");
        }
        if (code.length() != LENGTH) {
            return Normalised.problem("scan.code.length", LENGTH, code.length());
        }
        return new Normalised(code.toString(), null, List.of());
    }

    /**
     * The stored form of a code: HMAC-SHA256 of the normalised code under {@code secret}, as 64
     * lower-case hex digits. The same code typed differently ({@code abcd efgh jkmn}) hashes the same.
     *
     * @throws IllegalArgumentException when {@code code} is not a valid code or the secret is empty
     */
    public static String hash(String code, byte[] secret) {
        Normalised n = normalise(code);
        if (!n.isValid()) {
            throw new IllegalArgumentException("not a code: " + n.problemKey());
        }
        return HEX.formatHex(hmac(n.code(), secret));
    }

    /**
     * Whether {@code typed} is the code whose {@link #hash} is {@code storedHash}, compared in time
     * independent of where they differ. A typed text that is no code never matches.
     */
    public static boolean matches(String typed, String storedHash, byte[] secret) {
        Normalised n = normalise(typed);
        if (!n.isValid() || storedHash == null) {
            return false;
        }
        byte[] expected = HEX.formatHex(hmac(n.code(), secret)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String code, byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
