package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.scan.ScanService.IssuedCodes;
import org.junit.jupiter.api.Test;

class InvitationSheetsTest {

    private final InvitationCodes codes = new InvitationCodes();
    private final IssuedCodes issued = new IssuedCodes(1, "Scan 2026", 2L, "Verkoop, \"binnendienst\"",
            List.of(codes.newInvitationCode(), codes.newInvitationCode(), codes.newInvitationCode()));

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
    void the_pdf_sheet_is_a_pdf_with_a_card_per_code() {
        byte[] pdf = InvitationSheets.pdf(issued, "https://scan.example.test", Locale.ENGLISH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] more = InvitationSheets.pdf(new IssuedCodes(1, "Scan", 2L, "X",
                java.util.stream.Stream.generate(codes::newInvitationCode).limit(20).toList()), "https://x.test", Locale.ENGLISH);
        // twenty cards take three pages (eight per page)
        assertThat(new String(more, StandardCharsets.ISO_8859_1)).contains("/Count 3");
    }
}
