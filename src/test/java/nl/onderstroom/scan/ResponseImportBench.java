package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test that runs by default: {@code ./mvnw -Pbench verify}. Imports 50,000 CSV rows five times and
 * times 200 submissions through the respondent service; prints medians (see docs/performance.md).
 */
@IntegrationTest
class ResponseImportBench {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseImport imports;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void import_of_50000_rows_and_submission_latency() {
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        List<String> names = new ArrayList<>(f.departments.keySet());
        for (int i = 0; i < 6; i++) {
            String name = "Afdeling " + i;
            organisations.addDepartment(f.ours, new DepartmentDraft(name, null, 100));
            names.add(name);
        }
        byte[] csv = csv(names, 50_000);
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            long scanId = scans.create(f.ours, "Bench " + run).id();
            long start = System.nanoTime();
            var outcome = imports.importResponses(scanId, csv);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(outcome.ok()).isTrue();
            assertThat(outcome.connections()).isEqualTo(50_000);
        }
        Collections.sort(millis);
        System.out.println("BENCH import 50000 rows ms (sorted): " + millis + " median " + millis.get(2));

        long scanId = scans.create(f.ours, "Bench submissions").id();
        List<String> codes = invitations.issueCodes(scanId, f.dept("Verkoop"), 200, false).codes();
        scans.open(scanId);
        TestUsers.logout();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            var ticket = respondents.enter(codes.get(i), "bench-" + (i / 5), "10.9." + (i / 25) + "." + i);
            SurveyAnswers a = f.answers("Verkoop", "Operatie", "Een verhaal van " + i);
            long start = System.nanoTime();
            respondents.submit(ticket, a);
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.println("BENCH submission latency us: median " + micros.get(micros.size() / 2) + " p95 "
                + micros.get(micros.size() * 95 / 100) + " max " + micros.get(micros.size() - 1));
    }

    /** 10,000 respondents with five rows each: four connections and their inner flow. */
    static byte[] csv(List<String> departments, int rows) {
        Random random = new Random(50_000);
        String[] frequencies = {"NEVER", "YEARLY", "MONTHLY", "WEEKLY", "DAILY"};
        String[] stops = {"NONE", "THEIRS", "OURS", "BOTH"};
        StringBuilder out = new StringBuilder(rows * 60);
        out.append("respondent,department,target,frequency,importance,flow,stops,themes,story\n");
        int written = 0;
        for (int r = 0; written < rows; r++) {
            int from = random.nextInt(departments.size());
            List<Integer> targets = new ArrayList<>();
            targets.add(from);
            while (targets.size() < 5) {
                int t = random.nextInt(departments.size());
                if (!targets.contains(t)) {
                    targets.add(t);
                }
            }
            for (int t : targets) {
                if (written == rows) {
                    break;
                }
                out.append('r').append(r).append(',').append(departments.get(from)).append(',').append(departments.get(t))
                        .append(',').append(frequencies[random.nextInt(5)]).append(',').append(1 + random.nextInt(5))
                        .append(',').append(1 + random.nextInt(5)).append(',').append(stops[random.nextInt(4)]).append(',')
                        .append(random.nextInt(10) == 0 ? "trust;workload" : "").append(',')
                        .append(random.nextInt(20) == 0 ? "\"Het stokt, zoals altijd\"" : "").append('\n');
                written++;
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
