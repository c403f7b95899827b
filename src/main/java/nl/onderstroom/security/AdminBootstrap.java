package nl.onderstroom.security;

import java.security.SecureRandom;
import java.util.Set;
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
        SystemSession.run(() -> service.create(new AccountService.NewAccount(adminEmail, "Administrator", Role.ADMIN,
                adminPassword, null, Set.of())));
        if (generated) {
            LOG.warn("No accounts yet: created administrator {} with the one-time password {} - log in and change it. "
                    + "Set ONDERSTROOM_ADMIN_EMAIL and ONDERSTROOM_ADMIN_PASSWORD to choose them yourself.", adminEmail, adminPassword);
        } else {
            LOG.info("No accounts yet: created administrator {} from ONDERSTROOM_ADMIN_EMAIL/PASSWORD.", adminEmail);
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
