package nl.onderstroom.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.onderstroom.base.UserError;
import org.junit.jupiter.api.Test;

/** One rule for names: what the API (Names.clean) accepts, the CSV import accepts too, and the other way round. */
class NamesTest {

    static final String[] INVISIBLE = {"Sales\u200B", "Sa\u202Eles", "\u2066Sales\u2069", "Sal\u0000es", "Sales\uFEFF",
            "Sa\u200Dles", "Sa\u200Eles"};

    private static boolean csvAccepts(String name) {
        byte[] file = ("name;parent;headcount\r\n\"" + name + "\";;5\r\n").getBytes(StandardCharsets.UTF_8);
        return DepartmentCsv.parse(file).problems().isEmpty();
    }

    @Test
    void zero_width_bidi_and_nul_characters_are_refused_by_the_api_and_by_the_import_alike() {
        for (String name : INVISIBLE) {
            assertThatThrownBy(() -> Names.clean(name, 100, "organisation.error.departmentName")).as(name)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("organisation.error.departmentName.control");
            assertThat(csvAccepts(name)).as(name).isFalse();
        }
        assertThat(Names.clean("Klantenservice & Sales", 100, "x")).isEqualTo("Klantenservice & Sales");
        assertThat(csvAccepts("Klantenservice & Sales")).isTrue();
    }

    @Test
    void a_full_width_look_alike_is_the_same_department() {
        assertThat(DepartmentNames.key("\uFF36\uFF45\uFF52\uFF4B\uFF4F\uFF4F\uFF50")).isEqualTo(DepartmentNames.key("Verkoop"));
        assertThat(DepartmentNames.key("Coördinatie")).isEqualTo(DepartmentNames.key("COORDINATIE"));
        assertThat(DepartmentNames.key("Verkoop")).isNotEqualTo(DepartmentNames.key("Inkoop"));
    }
}
