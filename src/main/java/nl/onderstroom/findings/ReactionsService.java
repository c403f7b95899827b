package nl.onderstroom.findings;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.UserError;
import nl.onderstroom.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reactions to findings, mostly from the audience of a presentation: agree, doubt, or a question.
 *
 * <p>Access ({@link FindingsAccess}): whoever may read the finding reads and adds reactions: advisors assigned to
 * the organisation, administrators, and directors of the organisation once the scan is published; anyone else
 * finds nothing. A reaction belongs to a person, never to the system session.
 */
@Service
public class ReactionsService {

    /** The longest question or remark on a finding. */
    public static final int MAX_REACTION = 1000;

    private final FindingReactionRepository reactions;
    private final FindingsAccess access;
    private final Accounts accounts;
    private final FindingsEvents events;
    private final Clock clock;

    ReactionsService(FindingReactionRepository reactions, FindingsAccess access, Accounts accounts,
                     FindingsEvents events, Clock clock) {
        this.reactions = reactions;
        this.access = access;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The reactions to a finding, oldest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ReactionView> reactions(long findingId) {
        access.readable(findingId);
        List<FindingReaction> list = reactions.findByFindingIdOrderByCreatedAtAscIdAsc(findingId);
        Map<Long, String> names = accounts.names(list.stream().map(FindingReaction::getAuthorId).toList());
        return list.stream().map(r -> view(r, names)).toList();
    }

    /**
     * Reacts to a finding: agree, doubt, or a question (a question needs text; text at most {@link #MAX_REACTION}).
     * Directors of the organisation (published scans) and its advisors.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ReactionView react(long findingId, ReactionKind kind, String text) {
        Finding f = access.readable(findingId);
        long me = FindingsAccess.person();
        String body = text == null || text.isBlank() ? null : text.strip();
        if (kind == null || kind == ReactionKind.QUESTION && body == null) {
            throw new UserError("findings.error.questionEmpty");
        }
        if (body != null && body.length() > MAX_REACTION) {
            throw new UserError("findings.error.reactionTooLong", MAX_REACTION);
        }
        FindingReaction r = reactions.saveAndFlush(new FindingReaction(f.getId(), me, kind, body, clock.instant()));
        events.changed(f.getScanId(), f.getId());
        return view(r, accounts.names(List.of(me)));
    }

    private static ReactionView view(FindingReaction r, Map<Long, String> names) {
        return new ReactionView(r.getId(), r.getFindingId(), r.getAuthorId(), names.getOrDefault(r.getAuthorId(), "?"),
                r.getKind(), r.getBody(), r.getCreatedAt());
    }
}
