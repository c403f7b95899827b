package nl.onderstroom.presentation;

import nl.onderstroom.scan.ScanStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.UserError;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.ReactionKind;
import nl.onderstroom.findings.ReactionsService;
import nl.onderstroom.findings.ReactionView;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The running presentations, as this node knows them from the {@link PresentationChannel}: which scan is being
 * presented, on which slide, and who is watching. Every change is published on the channel and applied when it
 * arrives (on this node as on the others), so every node holds the same state and a late arrival lands on the
 * current slide.
 *
 * <p>Access follows the findings: the advisors of the organisation (and administrators) present a published scan;
 * its directors join, follow and react; anyone else finds nothing ({@link nl.onderstroom.base.NotFound}).
 */
@Service
public class LivePresentations {

    /** A running presentation. {@code findingId} is the finding on the current slide ({@code null}: no findings). */
    public record Live(long scanId, long organisationId, String presenter, int slide, int slides, Long findingId,
                       List<Viewer> viewers) {
    }

    /** One screen watching: {@code viewer} identifies the screen, so one person on two screens is listed once. */
    public record Viewer(String viewer, long accountId, String name) {
    }

    private record State(long scanId, long organisationId, String presenter, int slide, int slides, Long findingId,
                         Map<String, Viewer> viewers) {
    }

    private final PresentationChannel channel;
    private final FindingsService findings;
    private final ReactionsService reactions;
    private final MapService maps;
    private final TenantAccess tenants;
    private final Clock clock;
    private final Map<Long, State> running = new ConcurrentHashMap<>();
    private final PresentationChannel.Subscription subscription;
    /** The screens on this node, told of an event once the state above has taken it in. */
    private final InJvmPresentationChannel screens = new InJvmPresentationChannel();

    LivePresentations(PresentationChannel channel, FindingsService findings, ReactionsService reactions,
                      MapService maps, TenantAccess tenants, Clock clock) {
        this.channel = channel;
        this.findings = findings;
        this.reactions = reactions;
        this.maps = maps;
        this.tenants = tenants;
        this.clock = clock;
        this.subscription = channel.subscribe(this::apply);
    }

    @PreDestroy
    void stop() {
        subscription.cancel();
        screens.stop();
    }

    /**
     * Starts presenting a published scan at its first finding (or shows where it stands when it runs already).
     *
     * @return the number of slides (findings)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    public Live start(long scanId) {
        ScanResults results = presentable(scanId);
        List<FindingView> list = findings.findings(scanId);
        State now = running.get(scanId);
        int slide = now == null ? 0 : Math.min(now.slide(), Math.max(0, list.size() - 1));
        return show(results, list, slide);
    }

    /** Moves the presentation to slide {@code slide} (0-based; kept within the findings). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    public Live show(long scanId, int slide) {
        ScanResults results = presentable(scanId);
        List<FindingView> list = findings.findings(scanId);
        return show(results, list, Math.max(0, Math.min(slide, list.size() - 1)));
    }

    /**
     * Publishes the slide and answers what it will be: the channel may deliver later (between nodes), so the
     * answer is built from the event, with the viewers known now.
     */
    private Live show(ScanResults results, List<FindingView> list, int slide) {
        Long finding = list.isEmpty() ? null : list.get(slide).id();
        PresentationEvent.SlideShown e = new PresentationEvent.SlideShown(results.scan().id(),
                results.scan().organisationId(), me().displayName(), slide, list.size(), finding, clock.millis());
        channel.publish(e);
        State now = running.get(e.scanId());
        return live(new State(e.scanId(), e.organisationId(), e.presenter(), slide, list.size(), finding,
                now == null ? Map.of() : now.viewers()));
    }

    /** Ends the presentation: the directors' screens say so. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    public void end(long scanId) {
        presentable(scanId);
        channel.publish(new PresentationEvent.Ended(scanId));
    }

    /** The presentation of a scan, if one runs and the caller may follow it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    public Optional<Live> current(long scanId) {
        State s = running.get(scanId);
        if (s == null || !tenants.readScope().includes(s.organisationId())) {
            return Optional.empty();
        }
        maps.results(scanId);
        return Optional.of(live(s));
    }

    /** The presentations running for the caller's organisations, newest scan first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    public List<Live> runningForMe() {
        TenantAccess.Scope scope = tenants.readScope();
        return running.values().stream().filter(s -> scope.includes(s.organisationId()))
                .sorted(Comparator.comparingLong(State::scanId).reversed()).map(this::live).toList();
    }

    /** A screen joins a running presentation (again, after a reconnect: the same viewer is listed once). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    public Live join(long scanId, String viewer) {
        Live live = current(scanId).orElseThrow(() -> new UserError("present.error.notRunning"));
        AccountPrincipal me = me();
        channel.publish(new PresentationEvent.Joined(scanId, viewer, me.accountId(), me.displayName()));
        return live;
    }

    /** A screen leaves (closed, navigated away). Nothing happens when it was not there. */
    public void leave(long scanId, String viewer) {
        State s = running.get(scanId);
        if (s != null && s.viewers().containsKey(viewer)) {
            channel.publish(new PresentationEvent.Left(scanId, viewer));
        }
    }

    /**
     * Reacts to the finding on a slide: stored with the finding (the findings service checks access and the text),
     * then told to the presenter's and the other screens.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    public ReactionView react(long scanId, long findingId, ReactionKind kind, String text) {
        FindingView finding = findings.finding(findingId);
        if (finding.scanId() != scanId) {
            throw new nl.onderstroom.base.NotFound();
        }
        ReactionView r = reactions.react(findingId, kind, text);
        channel.publish(new PresentationEvent.Reacted(scanId, findingId, r.authorName(), kind.name(), r.text()));
        return r;
    }

    /**
     * Subscribes a screen to the events of every presentation (it filters its own scan). An event reaches the
     * screen after {@link #current} reflects it.
     */
    public PresentationChannel.Subscription subscribe(java.util.function.Consumer<PresentationEvent> listener) {
        return screens.subscribe(listener);
    }

    // ---- state from the channel ------------------------------------------------------------------------------

    /**
     * Once this node is up, asks the other nodes what is running: a node started (or restarted) while a
     * presentation runs knows it, and its current slide, within the channel's delay.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void askForState() {
        channel.publish(new PresentationEvent.StateAsked());
    }

    /** Tells what this node knows of every running presentation, as the events that built it. */
    private void answerState() {
        for (State s : running.values()) {
            channel.publish(new PresentationEvent.SlideShown(s.scanId(), s.organisationId(), s.presenter(), s.slide(),
                    s.slides(), s.findingId(), clock.millis()));
            s.viewers().values().forEach(v ->
                    channel.publish(new PresentationEvent.Joined(s.scanId(), v.viewer(), v.accountId(), v.name())));
        }
    }

    private void apply(PresentationEvent event) {
        if (event instanceof PresentationEvent.StateAsked) {
            answerState();
            return;
        }
        if (event instanceof PresentationEvent.SlideShown e) {
            running.compute(e.scanId(), (id, s) -> new State(id, e.organisationId(), e.presenter(), e.slide(),
                    e.slides(), e.findingId(), s == null ? new LinkedHashMap<>() : s.viewers()));
        } else if (event instanceof PresentationEvent.Ended e) {
            running.remove(e.scanId());
        } else if (event instanceof PresentationEvent.Joined e) {
            running.computeIfPresent(e.scanId(), (id, s) -> {
                Map<String, Viewer> viewers = new LinkedHashMap<>(s.viewers());
                viewers.put(e.viewer(), new Viewer(e.viewer(), e.accountId(), e.name()));
                return new State(id, s.organisationId(), s.presenter(), s.slide(), s.slides(), s.findingId(), viewers);
            });
        } else if (event instanceof PresentationEvent.Left e) {
            running.computeIfPresent(e.scanId(), (id, s) -> {
                Map<String, Viewer> viewers = new LinkedHashMap<>(s.viewers());
                viewers.remove(e.viewer());
                return new State(id, s.organisationId(), s.presenter(), s.slide(), s.slides(), s.findingId(), viewers);
            });
        }
        // a reaction is stored by the findings service before it is sent; the screens show it
        screens.publish(event);
    }

    private Live live(State s) {
        Collection<Viewer> viewers = s.viewers().values();
        // one person watching on two screens is one name in the room
        Map<Long, Viewer> people = new LinkedHashMap<>();
        viewers.forEach(v -> people.putIfAbsent(v.accountId(), v));
        return new Live(s.scanId(), s.organisationId(), s.presenter(), s.slide(), s.slides(), s.findingId(),
                new ArrayList<>(people.values()));
    }

    /** The scan's results, when the caller may present it: a published scan of their organisation. */
    private ScanResults presentable(long scanId) {
        ScanResults results = maps.results(scanId);
        if (results.scan().status() != ScanStatus.PUBLISHED) {
            throw new UserError("present.error.notPublished");
        }
        return results;
    }

    private static AccountPrincipal me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p;
        }
        throw new org.springframework.security.access.AccessDeniedException("no account");
    }
}
