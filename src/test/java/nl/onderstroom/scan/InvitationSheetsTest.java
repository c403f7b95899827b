package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.onderstroom.base.Translations;
import nl.onderstroom.scan.InvitationService.IssuedCodes;
import org.junit.jupiter.api.Test;

class InvitationSheetsTest {

    private static final Path RENDERS = Path.of("target", "invitation-sheets");
    private final InvitationCodes codes = new InvitationCodes();
    private final IssuedCodes issued = new IssuedCodes(1, "Scan 2026", 2L, "Verkoop, \"binnendienst\"",
            List.of(codes.newInvitationCode(), codes.newInvitationCode(), codes.newInvitationCode()));

    private List<String> newCodes(int n) {
        return Stream.generate(codes::newInvitationCode).limit(n).toList();
    }

    @Test
    void the_csv_has_one_line_per_code_with_its_link() {
        String csv = new String(InvitationSheets.csv(issued, "https://scan.example.test/"), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("department,code,link");
        String code = issued.codes().get(0);
        assertThat(lines[1]).isEqualTo("\"Verkoop, \"\"binnendienst\"\"\"," + InvitationCodes.format(code)
                + ",https://scan.example.test/s/" + code);
    }

    @Test
    void every_card_of_twenty_five_shows_a_readable_qr_code_of_its_link_and_its_code_in_print() {
        List<String> c = newCodes(25);
        byte[] pdf = InvitationSheets.pdf(new IssuedCodes(1, "Organisatiescan 2026", 2L, "Klantenservice", c),
                "https://scan.example.test/", Translations.DUTCH);
        PrintedSheet sheet = PrintedSheet.read(pdf, RENDERS.resolve("nl-25"));

        // eight cards a page: 8 + 8 + 8 + 1
        assertThat(sheet.pages()).extracting(p -> p.qrCodes().size()).containsExactly(8, 8, 8, 1);
        for (int page = 0; page < 4; page++) {
            List<String> onPage = c.subList(page * 8, Math.min(c.size(), page * 8 + 8));
            assertThat(sheet.pages().get(page).qrCodes())
                    .containsExactlyElementsOf(onPage.stream().map(x -> "https://scan.example.test/s/" + x).toList());
            String text = sheet.pages().get(page).text();
            for (String x : onPage) {
                assertThat(text).contains(InvitationCodes.format(x));
            }
            assertThat(text).contains("Organisatiescan 2026 \u2013 Klantenservice")
                    .contains(Translations.get(Translations.DUTCH, "scan.sheet.howTo", "https://scan.example.test/s/")
                            .substring(0, 20));
        }
        // every QR code is the link that opens its own code
        for (String link : sheet.allQrCodes()) {
            String code = link.substring(link.lastIndexOf('/') + 1);
            assertThat(InvitationCodes.normalise(code).code()).isEqualTo(code);
            assertThat(link).isEqualTo(InvitationSheets.link("https://scan.example.test", code));
        }
    }

    @Test
    void the_english_sheet_says_how_to_use_the_card_in_english_and_names_the_directors() {
        List<String> c = newCodes(3);
        byte[] pdf = InvitationSheets.pdf(new IssuedCodes(1, "Scan 2026", null, null, c), "https://x.test", Locale.ENGLISH);
        PrintedSheet sheet = PrintedSheet.read(pdf, RENDERS.resolve("en-directors"));
        String text = oneLine(sheet.pages().get(0).text());
        assertThat(text).contains("Scan 2026 \u2013 " + Translations.get(Locale.ENGLISH, "scan.sheet.directors"))
                .contains(Translations.get(Locale.ENGLISH, "scan.sheet.howTo", "https://x.test/s/"));
        assertThat(sheet.allQrCodes()).containsExactlyElementsOf(c.stream().map(x -> "https://x.test/s/" + x).toList());
    }

    @Test
    void long_names_with_odd_letters_grow_the_card_and_cut_off_neither_qr_code_nor_code() {
        String scan = "Medewerkersonderzoek samenwerking \u201Conder de oppervlakte\u201D 2026\u20132027, tweede golf na de reorganisatie";
        String department = "Łódź & Zürich \u2013 Ærø Ørsted, Ελληνικά, Кириллица, İstanbul şubesi, Ñandú (façade) \u2018binnendienst\u2019";
        List<String> c = newCodes(10);
        byte[] pdf = InvitationSheets.pdf(new IssuedCodes(1, scan, 2L, department, c), "https://scan.example.test",
                Locale.ENGLISH);
        PrintedSheet sheet = PrintedSheet.read(pdf, RENDERS.resolve("en-long-names"));
        assertThat(sheet.allQrCodes()).containsExactlyElementsOf(c.stream().map(x -> "https://scan.example.test/s/" + x).toList());
        String text = sheet.pages().stream().map(PrintedSheet.Page::text).reduce("", String::concat);
        for (String x : c) {
            assertThat(text).contains(InvitationCodes.format(x));
        }
        // the letters print as typed (the name wraps, so compare without line breaks)
        String all = oneLine(sheet.pages().get(0).columns().get(1));
        assertThat(all).contains("Łódź & Zürich").contains("Ελληνικά").contains("Кириллица").contains("İstanbul şubesi")
                .contains("\u2018binnendienst\u2019").contains(department).contains(scan);
    }

    @Test
    void letters_the_font_lacks_leave_the_rest_of_the_card_intact() {
        List<String> c = newCodes(2);
        byte[] pdf = InvitationSheets.pdf(new IssuedCodes(1, "Scan \uD83D\uDE80 2026", 2L, "東京 office \u200D\u202Eعربي",
                c), "https://x.test", Translations.DUTCH);
        PrintedSheet sheet = PrintedSheet.read(pdf, RENDERS.resolve("nl-missing-glyphs"));
        assertThat(sheet.allQrCodes()).containsExactlyElementsOf(c.stream().map(x -> "https://x.test/s/" + x).toList());
        assertThat(sheet.pages().get(0).text()).contains(InvitationCodes.format(c.get(0)), InvitationCodes.format(c.get(1)))
                .contains("office");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
