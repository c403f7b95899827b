package nl.onderstroom.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Demo BV": eight departments in a small tree, one advisor and the five directors of its board (they give the
 * intended identity, which shows from k = 5 directors on).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "onderstroom.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String ORGANISATION = "Demo BV";
    static final String ADVISOR_EMAIL = "adviseur@demo.test";
    static final String ADVISOR_PASSWORD = "tegenstroom-2026";
    static final String DIRECTOR_EMAIL = "directeur@demo.test";
    static final String DIRECTOR_PASSWORD = "golfslag-2026!";
    /** The board: e-mail and name; all with {@link #DIRECTOR_PASSWORD}. The first is the one the README names. */
    static final List<List<String>> DIRECTORS = List.of(
            List.of(DIRECTOR_EMAIL, "Dirk de Directeur"),
            List.of("financien@demo.test", "Fatima El Amrani"),
            List.of("operatie@demo.test", "Henk Verbeek"),
            List.of("commercie@demo.test", "Ingrid Bos"),
            List.of("hr@demo.test", "Ruud Jansen"));

    /** name, parent, headcount — parents first. */
    static final List<DepartmentDraftRow> DEPARTMENTS = List.of(
            new DepartmentDraftRow("Directie", null, 4),
            new DepartmentDraftRow("Financiën", "Directie", 11),
            new DepartmentDraftRow("HR & Organisatie", "Directie", 7),
            new DepartmentDraftRow("ICT", "Directie", 14),
            new DepartmentDraftRow("Commercie", null, 6),
            new DepartmentDraftRow("Verkoop", "Commercie", 18),
            new DepartmentDraftRow("Klantenservice", "Commercie", 32),
            new DepartmentDraftRow("Operatie", null, 45));

    record DepartmentDraftRow(String name, String parent, int headcount) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationService organisations;
    private final AccountService accounts;

    DemoData(OrganisationService organisations, AccountService accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemSession.run(this::seed);
        LOG.info("Demo mode: organisation '{}'. Advisor {} / {} - director {} / {}", ORGANISATION,
                ADVISOR_EMAIL, ADVISOR_PASSWORD, DIRECTOR_EMAIL, DIRECTOR_PASSWORD);
    }

    private void seed() {
        if (organisations.organisations().stream().anyMatch(o -> o.name().equals(ORGANISATION))) {
            return;
        }
        OrganisationSummary demo = organisations.create(ORGANISATION);
        Map<String, Long> ids = new HashMap<>();
        for (DepartmentDraftRow row : DEPARTMENTS) {
            Long parent = row.parent() == null ? null : ids.get(row.parent());
            ids.put(row.name(), organisations.addDepartment(demo.id(), new DepartmentDraft(row.name(), parent, row.headcount())).id());
        }
        if (accounts.accounts().stream().noneMatch(a -> a.email().equals(ADVISOR_EMAIL))) {
            accounts.create(new AccountService.NewAccount(ADVISOR_EMAIL, "Anne de Adviseur", Role.ADVISOR, ADVISOR_PASSWORD,
                    null, Set.of(demo.id())));
        }
        for (List<String> director : DIRECTORS) {
            if (accounts.accounts().stream().noneMatch(a -> a.email().equals(director.get(0)))) {
                accounts.create(new AccountService.NewAccount(director.get(0), director.get(1), Role.DIRECTOR,
                        DIRECTOR_PASSWORD, demo.id(), Set.of()));
            }
        }
    }
}
