package nl.onderstroom.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Device cookies (OWASP's defence against online guessing without lock-out): a browser that has signed in to an
 * account gets a cookie signed for that account. Sign-ins that carry it are throttled per device, so an attacker
 * who exhausts the account's allowance from elsewhere does not lock the owner out of their own browser.
 *
 * <p>The cookie holds a random device id and an HMAC of id and e-mail address; it says nothing by itself. The key
 * is {@code onderstroom.login.device-secret}, or random per start (then a restart makes every browser new again).
 */
@Component
class DeviceCookies {

    static final String NAME = "onderstroom-device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    DeviceCookies(@Value("${onderstroom.login.device-secret:}") String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            RANDOM.nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A new cookie value for this account's e-mail address. */
    String issue(String email) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String deviceId = B64.encodeToString(id);
        return deviceId + "." + sign(deviceId, email);
    }

    /** The device id when the token was issued for this e-mail address. */
    Optional<String> deviceOf(String token, String email) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String deviceId = token.substring(0, dot);
        byte[] expected = sign(deviceId, email).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) ? Optional.of(deviceId) : Optional.empty();
    }

    /** A browser that signed in by the form gets (or renews) its device cookie for that account. */
    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null || !(event.getAuthentication().getPrincipal() instanceof AccountPrincipal p)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        ResponseCookie cookie = ResponseCookie.from(NAME, issue(p.getUsername()))
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                .path(request.getContextPath() + "/login").maxAge(LIFETIME).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private String sign(String deviceId, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal((deviceId + "\n" + email).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
