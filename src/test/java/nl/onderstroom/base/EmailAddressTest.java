package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one e-mail check that accounts and invitations share. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"anne@example.org", "a@b.nl", "anne.de.vries@sub.example.org", "o'brien@example.ie",
        "anne+scan@example.org", "x_y-z@my-host.example.com", "admin@onderstroom.local", "anne@example.xn--p1ai",
        "a@example.travel"})
    void good_addresses_pass(String address) {
        assertThat(EmailAddress.normalise(address)).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Anne@Example.ORG ", "ANNE@EXAMPLE.ORG", "\tanne@example.org\n"})
    void an_address_is_kept_stripped_and_in_lower_case(String address) {
        assertThat(EmailAddress.normalise(address)).contains("anne@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "anne", "anne@", "@example.org", "anne@example", "anne@localhost",
        "anne@@example.org", "anne@exa@mple.org", "anne@example.o", "anne@127.0.0.1", "anne@-example.org",
        "anne@example-.org", "anne@exa_mple.org", "anne@example..org", ".anne@example.org", "anne.@example.org",
        "an..ne@example.org", "an ne@example.org", "\"an ne\"@example.org", "\"anne\"@example.org",
        "Anne <anne@example.org>", "anne@example.org (Anne)", "anne@example.org,bob@example.org",
        "anne@[192.168.0.1]"})
    void malformed_addresses_are_refused(String address) {
        assertThat(EmailAddress.normalise(address)).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd@x.nl", "+31612345678@x.nl", "-sum@x.nl", "=HYPERLINK(\"x\")@x.nl"})
    void formula_like_addresses_are_refused(String address) {
        assertThat(EmailAddress.normalise(address)).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0430dmin@example.org", // Cyrillic a: looks like admin@
        "anne@ex\u0430mple.org", // Cyrillic a in the domain
        "anne\uff20example.org", // full-width commercial at
        "anne@example\uff0eorg", // full-width full stop
        "an\u200bne@example.org", // zero-width space
        "anne@example.org\u200b", // zero-width space after (not stripped: not white space)
        "\u202eanne@example.org", // right-to-left override
        "j\u00f6rg@example.de", // a real name, but mail goes out without SMTPUTF8
        "anne@m\u00fcller.de", // an internationalised domain not in its xn-- form
        "an\u0000ne@example.org", // NUL
        "anne@exam\nple.org", // a line break inside (header injection)
        "ａｎｎｅ@example.org"}) // full-width letters
    void odd_unicode_is_refused(String address) {
        assertThat(EmailAddress.normalise(address)).as(address).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void the_local_part_holds_at_most_64_characters(int length) {
        String address = "a".repeat(length) + "@example.org";
        assertThat(EmailAddress.isValid(address)).isEqualTo(length <= 64);
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void an_address_holds_at_most_254_characters(int length) {
        String domain = ("b".repeat(60) + ".").repeat(4);
        String address = "a@" + domain + "c".repeat(length - 2 - domain.length());
        assertThat(address).hasSize(length);
        assertThat(EmailAddress.isValid(address)).isEqualTo(length <= 254);
    }

    @org.junit.jupiter.api.Test
    void null_is_no_address() {
        assertThat(EmailAddress.normalise(null)).isEmpty();
    }
}
