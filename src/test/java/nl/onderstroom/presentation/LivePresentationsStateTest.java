package nl.onderstroom.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import nl.onderstroom.security.TenantAccess;
import org.junit.jupiter.api.Test;

/** A node that starts while a presentation runs learns its slide and its screens from the nodes already running. */
class LivePresentationsStateTest {

    private final TenantAccess everything = mock(TenantAccess.class);

    LivePresentationsStateTest() {
        when(everything.readScope()).thenReturn(new TenantAccess.Scope(true, Set.of()));
    }

    @Test
    void a_node_started_late_lands_on_the_current_slide_with_the_screens_watching() throws Exception {
        // the database channel between nodes, as one wire: what one node publishes every node receives
        InJvmPresentationChannel wire = new InJvmPresentationChannel();
        LivePresentations running = new LivePresentations(wire, null, null, null, everything, Clock.systemUTC());
        wire.publish(new PresentationEvent.SlideShown(7, 3, "Anna Adviseur", 0, 5, 41L, 0));
        wire.publish(new PresentationEvent.SlideShown(7, 3, "Anna Adviseur", 2, 5, 42L, 0));
        wire.publish(new PresentationEvent.Joined(7, "screen-1", 11, "Dirk Directeur"));
        waitFor(() -> running.runningForMe().size() == 1 && running.runningForMe().get(0).viewers().size() == 1);

        LivePresentations late = new LivePresentations(wire, null, null, null, everything, Clock.systemUTC());
        assertThat(late.runningForMe()).as("before it asks, a new node knows of nothing").isEmpty();
        late.askForState();
        waitFor(() -> late.runningForMe().size() == 1 && late.runningForMe().get(0).viewers().size() == 1);

        LivePresentations.Live seen = late.runningForMe().get(0);
        assertThat(List.of(seen.scanId(), seen.organisationId(), seen.slide(), seen.slides(), seen.findingId()))
                .containsExactly(7L, 3L, 2, 5, 42L);
        assertThat(seen.presenter()).isEqualTo("Anna Adviseur");
        assertThat(seen.viewers()).extracting(LivePresentations.Viewer::name).containsExactly("Dirk Directeur");
        assertThat(running.runningForMe()).as("the answer changes nothing on the node that gave it")
                .usingRecursiveComparison().isEqualTo(late.runningForMe());
        wire.stop();
    }

    @Test
    void asking_when_nothing_runs_starts_nothing() throws Exception {
        InJvmPresentationChannel wire = new InJvmPresentationChannel();
        LivePresentations one = new LivePresentations(wire, null, null, null, everything, Clock.systemUTC());
        LivePresentations two = new LivePresentations(wire, null, null, null, everything, Clock.systemUTC());
        two.askForState();
        wire.publish(new PresentationEvent.Ended(99));
        Thread.sleep(300);
        assertThat(one.runningForMe()).isEmpty();
        assertThat(two.runningForMe()).isEmpty();
        wire.stop();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("the state never arrived").isLessThan(until);
            Thread.sleep(20);
        }
    }
}
