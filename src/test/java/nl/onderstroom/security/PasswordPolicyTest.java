package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static UserError refusal(String password, String email) {
        return catchThrowableOfType(() -> PasswordPolicy.check(password, email), UserError.class);
    }

    @Test
    void common_and_breached_style_passwords_of_twelve_characters_or_more_are_refused() {
        for (String weak : new String[] {"password1234", "Welkom01Welkom01", "qwertyuiop123",
                "onderstroom2026", "iloveyou12345", "123456789abc"}) {
            assertThat(refusal(weak, "someone@example.org")).as(weak).isNotNull()
                    .extracting(UserError::key).isEqualTo("security.password.weak");
        }
    }

    @Test
    void a_password_built_from_the_e_mail_address_domain_is_refused() {
        assertThat(refusal("gemeentehaarlem2026", "p.jansen@gemeentehaarlem.nl")).isNotNull()
                .extracting(UserError::key).isEqualTo("security.password.weak");
    }

    @Test
    void the_advice_is_in_the_users_language() {
        UserError weak = refusal("password1234", "someone@example.org");
        assertThat(Translations.text(Translations.ENGLISH, weak))
                .startsWith("This password is too easy to guess.").contains("This is a very common password.");
        assertThat(Translations.text(Translations.DUTCH, weak))
                .startsWith("Dit wachtwoord is te makkelijk te raden.").contains("Dit is een veelgebruikt wachtwoord.");
    }

    @Test
    void sentences_of_unusual_words_pass() {
        for (String strong : new String[] {"correct horse battery", "nieuwe-getijden-2026", "stroomversnelling-42",
                "de kantine ruikt naar soep"}) {
            assertThatCode(() -> PasswordPolicy.check(strong, "someone@example.org")).as(strong).doesNotThrowAnyException();
        }
    }

    @Test
    void the_readmes_demo_passwords_still_pass() {
        assertThatCode(() -> PasswordPolicy.check("tegenstroom-2026", "adviseur@demo.test")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("golfslag-2026!", "directeur@demo.test")).doesNotThrowAnyException();
    }
}
