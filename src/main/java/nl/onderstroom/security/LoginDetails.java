package nl.onderstroom.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a sign-in request tells the throttle besides the credentials: the client address (after the reverse
 * proxy's {@code X-Forwarded-For}, see docs/deploy.md) and the device cookie, if the browser has one.
 */
record LoginDetails(String address, String deviceToken) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final LoginDetails UNKNOWN = new LoginDetails("unknown", null);

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source() {
        return request -> new LoginDetails(request.getRemoteAddr(), deviceCookie(request));
    }

    private static String deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> DeviceCookies.NAME.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return "LoginDetails";
    }
}
