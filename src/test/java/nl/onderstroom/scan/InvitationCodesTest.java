package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationCodesTest {

    private static final byte[] SECRET = "server-secret-for-tests".getBytes(StandardCharsets.UTF_8);
    private final InvitationCodes codes = new InvitationCodes();

    @Test
    void a_code_has_twelve_characters_without_look_alikes() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.newInvitationCode()).hasSize(12).doesNotContainPattern("[0O1IL]")
                    .matches("[2-9A-Z]{12}");
        }
    }

    @Test
    void codes_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(codes.newInvitationCode());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void every_character_of_the_alphabet_turns_up() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            codes.newInvitationCode().chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(InvitationCodes.ALPHABET.length());
    }

    @Test
    void a_code_is_shown_in_three_groups_of_four() {
        assertThat(InvitationCodes.format("ABCDEFGHJKMN")).isEqualTo("ABCD-EFGH-JKMN");
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_and_dashes_is_understood() {
        assertThat(InvitationCodes.normalise("  abcd-efgh jkmn ").code()).isEqualTo("ABCDEFGHJKMN");
        assertThat(InvitationCodes.normalise("ABCD\u2013EFGH\u00A0JKMN").code()).isEqualTo("ABCDEFGHJKMN");
        assertThat(InvitationCodes.normalise(InvitationCodes.format("ABCDEFGHJKMN")).code()).isEqualTo("ABCDEFGHJKMN");
    }

    @Test
    void a_look_alike_character_is_refused_with_a_message_that_says_which() {
        InvitationCodes.Normalised typed = InvitationCodes.normalise("ABCD-EFGH-JKM0");

        assertThat(typed.isValid()).isFalse();
        assertThat(typed.problemKey()).isEqualTo("scan.code.ambiguousCharacter");
        assertThat(typed.problemArgs()).containsExactly("0");
        assertThat(InvitationCodes.normalise("abcd-efgh-jkml").problemArgs()).containsExactly("l");
        assertThat(InvitationCodes.normalise("OBCD-EFGH-JKMN").problemKey()).isEqualTo("scan.code.ambiguousCharacter");
    }

    @Test
    void other_characters_and_wrong_lengths_are_refused() {
        assertThat(InvitationCodes.normalise("ABCD-EFGH-JKM!").problemKey()).isEqualTo("scan.code.invalidCharacter");
        assertThat(InvitationCodes.normalise("ABCD-EFGH-JKMÉ").problemKey()).isEqualTo("scan.code.invalidCharacter");
        InvitationCodes.Normalised tooShort = InvitationCodes.normalise("ABCD-EFGH");
        assertThat(tooShort.problemKey()).isEqualTo("scan.code.length");
        assertThat(tooShort.problemArgs()).containsExactly(12, 8);
        assertThat(InvitationCodes.normalise(" - ").problemKey()).isEqualTo("scan.code.empty");
        assertThat(InvitationCodes.normalise(null).problemKey()).isEqualTo("scan.code.empty");
    }

    @Test
    void the_hash_is_64_hex_digits_and_the_same_however_the_code_is_typed() {
        String stored = InvitationCodes.hash("ABCDEFGHJKMN", SECRET);

        assertThat(stored).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(InvitationCodes.hash("abcd efgh-jkmn", SECRET)).isEqualTo(stored);
        assertThat(stored).doesNotContain("ABCDEFGHJKMN");
    }

    @Test
    void the_hash_is_hmac_sha256_of_the_normalised_code() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("ABCDEFGHJKMN".getBytes(StandardCharsets.US_ASCII)));

        assertThat(InvitationCodes.hash("abcd-efgh-jkmn", SECRET)).isEqualTo(expected);
    }

    @Test
    void another_secret_gives_another_hash() {
        assertThat(InvitationCodes.hash("ABCDEFGHJKMN", SECRET))
                .isNotEqualTo(InvitationCodes.hash("ABCDEFGHJKMN", "other".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_right_code_matches_and_a_wrong_one_does_not() {
        String code = codes.newInvitationCode();
        String stored = InvitationCodes.hash(code, SECRET);

        assertThat(InvitationCodes.matches(InvitationCodes.format(code).toLowerCase(), stored, SECRET)).isTrue();
        assertThat(InvitationCodes.matches("ABCD-EFGH-JKMN", stored, SECRET)).isFalse();
        assertThat(InvitationCodes.matches("not a code", stored, SECRET)).isFalse();
        assertThat(InvitationCodes.matches(code, stored, "other".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(InvitationCodes.matches(code, null, SECRET)).isFalse();
    }

    @Test
    void hashing_something_that_is_no_code_or_without_a_secret_is_a_programming_error() {
        assertThatThrownBy(() -> InvitationCodes.hash("0000", SECRET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvitationCodes.hash("ABCDEFGHJKMN", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_open_link_token_is_22_url_safe_characters_of_16_random_bytes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = codes.newOpenLinkToken();
            assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
            assertThat(InvitationCodes.isOpenLinkToken(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void malformed_open_link_tokens_are_recognised() {
        assertThat(List.of("", "short", "AAAAAAAAAAAAAAAAAAAAA+", "AAAAAAAAAAAAAAAAAAAAAB", "AAAAAAAAAAAAAAAAAAAAAAA"))
                .noneMatch(InvitationCodes::isOpenLinkToken);
        assertThat(InvitationCodes.isOpenLinkToken(null)).isFalse();
        assertThat(InvitationCodes.isOpenLinkToken("AAAAAAAAAAAAAAAAAAAAAw")).isTrue();
    }

    @Test
    void a_resume_code_looks_like_an_invitation_code() {
        String resume = codes.newResumeCode();

        assertThat(InvitationCodes.normalise(InvitationCodes.format(resume)).code()).isEqualTo(resume);
    }
}
