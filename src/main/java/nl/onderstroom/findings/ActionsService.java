package nl.onderstroom.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions agreed from findings: what, an owner (a director of the organisation), a due date and a status.
 *
 * <p>Access: whoever may read a finding ({@link FindingsAccess}) reads its actions; advisors of the organisation
 * and administrators create, change and remove them; directors of the organisation create and change actions on
 * the findings of published scans (they agree them in the presentation), and remove none.
 */
@Service
public class ActionsService {

    private final FindingActionRepository actions;
    private final FindingRepository findings;
    private final FindingsService findingsService;
    private final FindingsAccess access;
    private final TenantAccess tenants;
    private final Accounts accounts;
    private final FindingsEvents events;
    private final Clock clock;
    private final AuditLog audit;

    ActionsService(FindingActionRepository actions, FindingRepository findings, FindingsService findingsService,
                   FindingsAccess access, TenantAccess tenants, Accounts accounts, FindingsEvents events, Clock clock,
                   AuditLog audit) {
        this.audit = audit;
        this.actions = actions;
        this.findings = findings;
        this.findingsService = findingsService;
        this.access = access;
        this.tenants = tenants;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The actions of a scan's findings, earliest due first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ActionView> actions(long scanId) {
        access.readableScan(scanId);
        return views(actions.findByScanIdOrderByDueOnAscIdAsc(scanId));
    }

    /**
     * For a scan with an earlier wave: each action of the earlier wave's findings with how its finding's connections
     * and departments changed from that wave to this one ({@link ActionWaveChanges}); empty without an earlier wave
     * the reader may see. Department names come from this scan's map.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public WaveChanges waveChanges(long scanId) {
        FindingsService.WavePair pair = findingsService.wavePair(scanId);
        if (pair == null) {
            return new WaveChanges(null, java.util.Map.of(), List.of());
        }
        java.util.Map<Long, List<Part>> parts = new java.util.HashMap<>();
        findingsService.findings(pair.earlierScanId()).forEach(f -> parts.put(f.id(), f.parts()));
        List<ActionWaveChanges.ActionChange> out = new java.util.ArrayList<>();
        for (ActionView a : actions(pair.earlierScanId())) {
            out.add(new ActionWaveChanges.ActionChange(a,
                    ActionWaveChanges.figures(parts.getOrDefault(a.findingId(), List.of()), pair.earlier(), pair.later())));
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        pair.later().nodes().forEach(n -> names.put(n.id(), n.name()));
        return new WaveChanges(pair.earlierScanId(), names, out);
    }

    /** The actions of the earlier wave with their changes; {@code earlierScanId} is null without an earlier wave. */
    public record WaveChanges(Long earlierScanId, java.util.Map<Long, String> departmentNames,
                              List<ActionWaveChanges.ActionChange> actions) {
    }

    /** The actions of one finding, earliest due first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ActionView> actionsOfFinding(long findingId) {
        access.readable(findingId);
        return views(actions.findByFindingIdOrderByDueOnAscIdAsc(findingId));
    }

    /**
     * The actions the signed-in director owns, on published scans only, earliest due first; empty for anyone who
     * owns none.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ActionView> myActions() {
        Long me = Accounts.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<FindingAction> mine = new ArrayList<>();
        for (FindingAction a : actions.findByOwnerIdOrderByDueOnAscIdAsc(me)) {
            try {
                access.readableScan(a.getScanId());
                mine.add(a);
            } catch (NotFound | nl.onderstroom.map.ResultsNotYet e) {
                // an action on a scan the owner may not (or no longer) open is not listed
            }
        }
        return views(mine);
    }

    /** The directors of the scan's organisation who can own an action. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<Owner> owners(long scanId) {
        ScanTallies.ScanInfo scan = access.readableScan(scanId);
        return accounts.directors(scan.organisationId());
    }

    /** Agrees an action on a finding. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ActionView create(long findingId, ActionDraft draft) {
        Finding finding = access.readable(findingId);
        checkActionWrite(finding.getOrganisationId());
        FindingAction action = new FindingAction(finding.getId(), finding.getScanId(), finding.getOrganisationId(),
                Accounts.current().orElse(null), clock.instant());
        apply(action, draft, finding.getOrganisationId());
        actions.saveAndFlush(action);
        logged(AuditLog.Action.ACTION_CREATED, action);
        events.changed(finding.getScanId(), finding.getId());
        return views(List.of(action)).get(0);
    }

    /**
     * Changes an action. {@code version} is the one the caller read ({@link ActionView#version()}): a change made
     * meanwhile is not overwritten ({@link FindingChangedMeanwhile}).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ActionView update(long actionId, long version, ActionDraft draft) {
        FindingAction action = readableAction(actionId);
        checkActionWrite(action.getOrganisationId());
        if (action.getVersion() != version) {
            throw new FindingChangedMeanwhile();
        }
        apply(action, draft, action.getOrganisationId());
        actions.saveAndFlush(action);
        logged(AuditLog.Action.ACTION_CHANGED, action);
        events.changed(action.getScanId(), action.getFindingId());
        return views(List.of(action)).get(0);
    }

    /** Sets only the status (the owner marks progress). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ActionView setStatus(long actionId, ActionStatus status) {
        FindingAction action = readableAction(actionId);
        checkActionWrite(action.getOrganisationId());
        if (status == null) {
            throw new UserError("findings.error.statusRequired");
        }
        action.setStatus(status);
        actions.saveAndFlush(action);
        logged(AuditLog.Action.ACTION_CHANGED, action);
        events.changed(action.getScanId(), action.getFindingId());
        return views(List.of(action)).get(0);
    }

    /** Removes an action. Advisors and administrators. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void delete(long actionId) {
        FindingAction action = readableAction(actionId);
        tenants.checkWrite(action.getOrganisationId());
        logged(AuditLog.Action.ACTION_DELETED, action);
        actions.delete(action);
        events.changed(action.getScanId(), action.getFindingId());
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    /** The audit entry of a change to an action: its id and the kind of change, never its wording. */
    private void logged(AuditLog.Action kind, FindingAction action) {
        audit.scan(kind, action.getOrganisationId(), action.getScanId(), null, Math.toIntExact(action.getId()));
    }

    private FindingAction readableAction(long actionId) {
        FindingAction action = actions.findById(actionId).orElseThrow(NotFound::new);
        access.readableScan(action.getScanId());
        return action;
    }

    /** Advisors and admins by the tenant rule; a director of the organisation too (the scan is published: read). */
    private void checkActionWrite(long organisationId) {
        Role role = tenants.currentRole().orElseThrow(() -> new AccessDeniedException("no role"));
        if (role == Role.DIRECTOR) {
            tenants.checkRead(organisationId);
            Accounts.current().orElseThrow(() -> new AccessDeniedException("a person's account is needed"));
            return;
        }
        tenants.checkWrite(organisationId);
    }

    private void apply(FindingAction action, ActionDraft draft, long organisationId) {
        if (draft == null || draft.what() == null || draft.what().isBlank()) {
            throw new UserError("findings.error.whatRequired");
        }
        String what = draft.what().strip();
        if (what.length() > ActionDraft.MAX_WHAT) {
            throw new UserError("findings.error.whatTooLong", ActionDraft.MAX_WHAT);
        }
        if (draft.ownerId() == null) {
            throw new UserError("findings.error.ownerRequired");
        }
        boolean director = accounts.directors(organisationId).stream()
                .anyMatch(o -> o.accountId() == draft.ownerId());
        if (!director) {
            throw new UserError("findings.error.ownerNotDirector");
        }
        if (draft.dueOn() == null) {
            throw new UserError("findings.error.dueRequired");
        }
        if (draft.dueOn().getYear() > 2037 || draft.dueOn().getYear() < 2000) {
            throw new UserError("findings.error.dueOutOfRange");
        }
        action.change(what, draft.ownerId(), draft.dueOn(),
                draft.status() == null ? ActionStatus.OPEN : draft.status());
    }

    private List<ActionView> views(List<FindingAction> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = accounts.names(list.stream().map(FindingAction::getOwnerId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> titles = findings.findAllById(list.stream().map(FindingAction::getFindingId).distinct()
                .toList()).stream().collect(Collectors.toMap(Finding::getId, Finding::getTitle));
        Function<FindingAction, ActionView> view = a -> new ActionView(a.getId(), a.getScanId(), a.getFindingId(),
                titles.getOrDefault(a.getFindingId(), ""), a.getWhat(), a.getOwnerId(),
                a.getOwnerId() == null ? null : names.get(a.getOwnerId()), a.getDueOn(), a.getStatus(),
                a.getStatus() != ActionStatus.DONE && a.getDueOn().isBefore(today), a.getVersion());
        return list.stream().map(view).toList();
    }
}
