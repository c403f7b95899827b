package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import java.util.Set;
import java.util.UUID;

import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;

/**
 * A fresh organisation with six departments (on the real database), its advisor and director, an advisor and a
 * director of another organisation, and a scan of hand-made tallies ({@link Tallies#story}).
 */
public final class MapFixture {

    public final long organisation;
    public final long otherOrganisation;
    public final long[] departments = new long[6];
    public final long scanId;
    public final AccountSummary advisor;
    public final AccountSummary director;
    public final AccountSummary otherAdvisor;
    public final AccountSummary otherDirector;
    private final FakeScanTallies tallies;

    public MapFixture(OrganisationService organisations, AccountService accounts, FakeScanTallies tallies,
                      ScanStatus status) {
        this.tallies = tallies;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String[] names = {"Sales", "Support", "Archive", "Planning", "Field", "Desk"};
        long[] orgs = SystemSession.call(() -> {
            long ours = organisations.create("Map " + suffix).id();
            long theirs = organisations.create("Other " + suffix).id();
            for (int i = 0; i < names.length; i++) {
                departments[i] = organisations.addDepartment(ours, new DepartmentDraft(names[i], null, 20)).id();
            }
            return new long[]{ours, theirs};
        });
        organisation = orgs[0];
        otherOrganisation = orgs[1];
        scanId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        tallies.put(Tallies.story(Tallies.scan(scanId, organisation, status), departments));
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        director = TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of());
        otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(otherOrganisation));
        otherDirector = TestUsers.create(accounts, Role.DIRECTOR, otherOrganisation, Set.of());
    }

    /** Replaces the scan's status (the tallies stay). */
    public void status(ScanStatus status) {
        tallies.put(Tallies.story(Tallies.scan(scanId, organisation, status), departments));
    }

    public String name(int index) {
        return new String[]{"Sales", "Support", "Archive", "Planning", "Field", "Desk"}[index];
    }
}
