package nl.onderstroom.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.findings.ActionDraft;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;

/**
 * One organisation ("ours") with two departments and a scan in every status, another organisation ("theirs"), and
 * an account for every role an access rule distinguishes.
 */
final class AccessFixture {

    /** Who calls: the rows of every access table. */
    enum Who { ANONYMOUS, DIRECTOR, OTHER_DIRECTOR, UNASSIGNED_ADVISOR, ADVISOR, ADMIN }

    long ours;
    long theirs;
    long sales;
    long operations;
    /** Holds issued codes, so it cannot be removed: a removal call stops after the access check. */
    long guarded;
    long draft;
    long open;
    long closed;
    long published;
    /** The next wave, published too: the two can be compared. */
    long laterPublished;
    long openLink;
    final Map<Who, AccountSummary> accounts = new EnumMap<>(Who.class);
    /** A finding of the published scan, with {@link #action} on it, owned by the DIRECTOR. */
    long publishedFinding;
    long action;
    /**
     * A finding of the closed scan, locked for the whole run by an advisor outside the table: editing and removing
     * it stop after the access check ("someone else is editing"), so the table leaves it unchanged.
     */
    long closedFinding;

    static AccessFixture create(OrganisationService organisations, ScanService scans, InvitationService invitations,
                                AccountService accountService) {
        AccessFixture f = new AccessFixture();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            f.ours = organisations.create("Access ours " + suffix).id();
            f.theirs = organisations.create("Access theirs " + suffix).id();
            f.sales = organisations.addDepartment(f.ours, new DepartmentDraft("Verkoop", null, 10)).id();
            f.operations = organisations.addDepartment(f.ours, new DepartmentDraft("Operatie", null, 10)).id();
            organisations.addDepartment(f.theirs, new DepartmentDraft("Lab", null, 10));
            f.published = scans.create(f.ours, "Published").id();
            scans.open(f.published);
            scans.close(f.published);
            scans.publish(f.published);
            f.laterPublished = scans.create(f.ours, "Later").id();
            scans.open(f.laterPublished);
            scans.close(f.laterPublished);
            scans.publish(f.laterPublished);
            f.closed = scans.create(f.ours, "Closed").id();
            scans.open(f.closed);
            scans.close(f.closed);
            f.open = scans.create(f.ours, "Open").id();
            scans.open(f.open);
            f.draft = scans.create(f.ours, "Draft").id();
            invitations.issueCodes(f.draft, f.sales, 1, false);
            f.guarded = f.sales;
            f.openLink = invitations.createOpenLink(f.draft, f.operations, 5).link().id();
            if (!organisations.removalImpact(f.ours, f.guarded).blocked()) {
                throw new IllegalStateException("the guarded department must not be removable");
            }
        });
        f.accounts.put(Who.DIRECTOR, TestUsers.create(accountService, Role.DIRECTOR, f.ours, Set.of()));
        f.accounts.put(Who.OTHER_DIRECTOR, TestUsers.create(accountService, Role.DIRECTOR, f.theirs, Set.of()));
        f.accounts.put(Who.UNASSIGNED_ADVISOR, TestUsers.create(accountService, Role.ADVISOR, null, Set.of(f.theirs)));
        f.accounts.put(Who.ADVISOR, TestUsers.create(accountService, Role.ADVISOR, null, Set.of(f.ours)));
        f.accounts.put(Who.ADMIN, TestUsers.create(accountService, Role.ADMIN, null, Set.of()));
        return f;
    }

    /** Adds the findings and the action above (the table's calls leave them unchanged). */
    void addFindings(FindingEditService findings, ActionsService actions, AccountService accountService,
                     org.springframework.security.core.userdetails.UserDetailsService users) {
        SystemSession.run(() -> {
            publishedFinding = findings.create(published, new FindingDraft("Published finding", "", null, null)).id();
            closedFinding = findings.create(closed, new FindingDraft("Closed finding", "", null, null)).id();
            action = actions.create(publishedFinding, new ActionDraft("Meet", accounts.get(Who.DIRECTOR).id(),
                    java.time.LocalDate.of(2030, 1, 1), null)).id();
        });
        AccountSummary holder = TestUsers.create(accountService, Role.ADVISOR, null, Set.of(ours));
        TestUsers.loginAs(users, holder);
        try {
            findings.beginEdit(closedFinding);
        } finally {
            TestUsers.logout();
        }
    }
}
