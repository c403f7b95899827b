package nl.onderstroom.security;

import java.security.SecureRandom;
import java.util.Locale;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator, made when the database has no accounts at all: from
 * {@code ONDERSTROOM_ADMIN_EMAIL}/{@code ONDERSTROOM_ADMIN_PASSWORD}, or with a random password
 * printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@onderstroom.local";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final AccountService service;
    private final String email;
    private final String password;

    AdminBootstrap(AccountRepository accounts, AccountService service,
                   @Value("${onderstroom.admin.email:}") String email,
                   @Value("${onderstroom.admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String adminEmail = email.isBlank() ? DEFAULT_EMAIL : email.strip();
        boolean generated = password.isBlank();
        String adminPassword = generated ? randomPassword() : password;
        try {
            SystemSession.run(() -> service.createFirstAdministrator(adminEmail, adminPassword));
        } catch (UserError refused) {
            throw new AdminPasswordRefused(Translations.text(Locale.ENGLISH, refused));
        }
        if (generated) {
            LOG.warn("No accounts yet: created administrator {} with the one-time password {} - sign in and choose your own. "
                    + "Set ONDERSTROOM_ADMIN_EMAIL and ONDERSTROOM_ADMIN_PASSWORD to choose them yourself.", adminEmail, adminPassword);
        } else {
            LOG.info("No accounts yet: created administrator {} from ONDERSTROOM_ADMIN_EMAIL/PASSWORD; "
                    + "that password works once, then they choose their own.", adminEmail);
        }
    }

    /** ONDERSTROOM_ADMIN_PASSWORD does not pass the password policy; reported in one line by the analyzer below. */
    static final class AdminPasswordRefused extends RuntimeException {
        AdminPasswordRefused(String reason) {
            super("ONDERSTROOM_ADMIN_PASSWORD is refused: " + reason, null, false, false);
        }
    }

    /** Start-up fails with the reason in one line, not a stack trace (registered in META-INF/spring.factories). */
    public static final class AdminPasswordRefusedAnalyzer
            extends org.springframework.boot.diagnostics.AbstractFailureAnalyzer<AdminPasswordRefused> {
        @Override
        protected org.springframework.boot.diagnostics.FailureAnalysis analyze(Throwable root, AdminPasswordRefused cause) {
            return new org.springframework.boot.diagnostics.FailureAnalysis(cause.getMessage(),
                    "Set ONDERSTROOM_ADMIN_PASSWORD to a stronger password (a sentence of a few unusual words works well), "
                            + "or leave it empty to get a random one-time password in the log.", cause);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
