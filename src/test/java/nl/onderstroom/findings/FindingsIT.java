package nl.onderstroom.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Findings, suggestions, edit locks, reactions and actions on MariaDB, with answers known by hand. */
@IntegrationTest
class FindingsIT {

    @Autowired
    FindingsService findings;
    @Autowired
    FindingEditService edits;
    @Autowired
    SuggestionsService suggestions;
    @Autowired
    ReactionsService reactions;
    @Autowired
    ActionsService actions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private FindingsFixture fixture(boolean publish) {
        return FindingsFixture.create(organisations, scans, accounts, publish);
    }

    private void as(AccountSummary account) {
        TestUsers.loginAs(users, account);
    }

    @Test
    void suggestions_name_the_stop_between_sales_and_operations_in_the_readers_language_and_nothing_hidden() {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        List<SuggestedFinding> en = suggestions.suggestions(f.scan, Locale.ENGLISH);
        SuggestedFinding stop = en.stream().filter(s -> s.kind() == SuggestionKind.STOP).findFirst().orElseThrow();
        assertThat(stop.connections()).containsExactly(new Connection(f.sales, f.operations));
        assertThat(stop.departments()).containsExactly(f.sales, f.operations);
        assertThat(stop.text()).isEqualTo("100% of Sales say collaboration with Operations stops, on a connection they"
                + " rate 5.0 out of 5 for importance.");
        SuggestedFinding oneSided = en.stream().filter(s -> s.kind() == SuggestionKind.ONE_SIDED).findFirst()
                .orElseThrow();
        assertThat(oneSided.text()).contains("Operations rate their work with Sales 4.0").contains("1.0");
        List<SuggestedFinding> nl = suggestions.suggestions(f.scan, Translations.DUTCH);
        assertThat(nl.stream().filter(s -> s.kind() == SuggestionKind.ONE_SIDED).findFirst().orElseThrow().text())
                .contains("4,0").contains("1,0");
        // Archive has 3 respondents (k = 5): no suggestion is about it
        assertThat(en).allSatisfy(s -> assertThat(s.departments()).doesNotContain(f.archive));
    }

    @Test
    void an_accepted_suggestion_becomes_a_finding_and_a_dismissed_one_stays_away() {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        List<SuggestedFinding> before = suggestions.suggestions(f.scan, Locale.ENGLISH);
        SuggestedFinding first = before.get(0);
        SuggestedFinding second = before.get(1);
        FindingView accepted = suggestions.accept(f.scan, first.key(), Locale.ENGLISH);
        assertThat(accepted.title()).isEqualTo(first.title());
        assertThat(accepted.narrative()).isEqualTo(first.text());
        assertThat(accepted.parts()).isEqualTo(first.parts());
        assertThat(accepted.position()).isEqualTo(1);
        suggestions.dismiss(f.scan, second.key());
        as(f.secondAdvisor);
        List<String> after = suggestions.suggestions(f.scan, Locale.ENGLISH).stream().map(SuggestedFinding::key)
                .toList();
        assertThat(after).doesNotContain(first.key(), second.key()).hasSize(before.size() - 2);
        assertThatThrownBy(() -> suggestions.accept(f.scan, first.key(), Locale.ENGLISH)).isInstanceOf(UserError.class);
        assertThat(suggestions.restoreDismissed(f.scan)).isEqualTo(1);
        assertThat(suggestions.suggestions(f.scan, Locale.ENGLISH)).extracting(SuggestedFinding::key)
                .contains(second.key()).doesNotContain(first.key());
    }

    @Test
    void directors_read_findings_of_their_published_scan_only_and_other_organisations_see_nothing() {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        FindingView finding = edits.create(f.scan, new FindingDraft("Orders wait", "Text", List.of(), List.of()));
        as(f.director);
        assertThatThrownBy(() -> findings.findings(f.scan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> findings.finding(finding.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> actions.actions(f.scan)).isInstanceOf(NotFound.class);
        SystemSession.run(() -> scans.publish(f.scan));
        assertThat(findings.findings(f.scan)).extracting(FindingView::title).containsExactly("Orders wait");
        assertThatThrownBy(() -> edits.create(f.scan, new FindingDraft("x", "", List.of(), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.suggestions(f.scan, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        for (AccountSummary outsider : List.of(f.otherDirector, f.otherAdvisor)) {
            as(outsider);
            assertThatThrownBy(() -> findings.findings(f.scan)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> findings.finding(finding.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> findings.evidence(finding.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> reactions.reactions(finding.id())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> actions.actions(f.scan)).isInstanceOf(NotFound.class);
            assertThat(actions.myActions()).isEmpty();
        }
    }

    @Test
    void a_finding_is_locked_while_one_advisor_edits_it_and_a_lapsed_editor_cannot_overwrite_a_newer_save() {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        FindingView created = edits.create(f.scan, new FindingDraft("Draft title", "First text", List.of(), List.of()));
        FindingView mine = edits.beginEdit(created.id());
        assertThat(mine.editor().accountId()).isEqualTo(f.advisor.id());

        as(f.secondAdvisor);
        assertThat(findings.finding(created.id()).editor().accountId()).isEqualTo(f.advisor.id());
        assertThatThrownBy(() -> edits.beginEdit(created.id())).isInstanceOf(FindingLocked.class);
        assertThatThrownBy(() -> edits.save(created.id(), mine.revision(),
                new FindingDraft("Theirs", "Overwrite", List.of(), List.of()))).isInstanceOf(FindingLocked.class);
        assertThatThrownBy(() -> edits.delete(created.id())).isInstanceOf(FindingLocked.class);

        as(f.advisor);
        FindingView saved = edits.save(created.id(), mine.revision(),
                new FindingDraft("Orders wait at the door", "**Bold** text", List.of(), List.of()));
        assertThat(saved.revision()).isEqualTo(mine.revision() + 1);
        edits.endEdit(created.id());

        as(f.secondAdvisor);
        // the second advisor still holds the old revision (opened before the first one saved): refused, nothing lost
        assertThatThrownBy(() -> edits.save(created.id(), mine.revision(),
                new FindingDraft("Theirs", "Overwrite", List.of(), List.of())))
                .isInstanceOf(FindingChangedMeanwhile.class);
        assertThat(findings.finding(created.id()).title()).isEqualTo("Orders wait at the door");
        FindingView theirs = edits.beginEdit(created.id());
        assertThat(theirs.editor().accountId()).isEqualTo(f.secondAdvisor.id());
        assertThat(theirs.title()).isEqualTo("Orders wait at the door");
    }

    @Test
    void of_two_advisors_asking_for_the_lock_at_the_same_moment_exactly_one_gets_it() throws Exception {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        long id = edits.create(f.scan, new FindingDraft("Race", "", List.of(), List.of())).id();
        TestUsers.logout();
        for (int round = 0; round < 5; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> results = new ArrayList<>();
            for (AccountSummary who : List.of(f.advisor, f.secondAdvisor)) {
                Callable<Object> task = () -> {
                    TestUsers.loginAs(users, who);
                    try {
                        start.await();
                        return edits.beginEdit(id);
                    } catch (FindingLocked e) {
                        return e;
                    } finally {
                        TestUsers.logout();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int got = 0;
            int refused = 0;
            for (Future<Object> r : results) {
                Object outcome = r.get(60, TimeUnit.SECONDS);
                if (outcome instanceof FindingView) {
                    got++;
                } else if (outcome instanceof FindingLocked) {
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(got).as("round " + round).isEqualTo(1);
            assertThat(refused).as("round " + round).isEqualTo(1);
            // the holder gives it back for the next round
            for (AccountSummary who : List.of(f.advisor, f.secondAdvisor)) {
                as(who);
                edits.endEdit(id);
            }
            TestUsers.logout();
        }
    }

    @Test
    void findings_move_up_and_down_and_keep_a_gapless_order() {
        FindingsFixture f = fixture(false);
        as(f.advisor);
        long a = edits.create(f.scan, new FindingDraft("A", "", List.of(), List.of())).id();
        long b = edits.create(f.scan, new FindingDraft("B", "", List.of(), List.of())).id();
        long c = edits.create(f.scan, new FindingDraft("C", "", List.of(), List.of())).id();
        assertThat(edits.move(c, -1)).extracting(FindingView::title).containsExactly("A", "C", "B");
        assertThat(edits.move(a, -1)).extracting(FindingView::title).containsExactly("A", "C", "B");
        assertThat(edits.move(a, +5)).extracting(FindingView::title).containsExactly("C", "B", "A");
        edits.delete(b);
        assertThat(findings.findings(f.scan)).extracting(FindingView::title, FindingView::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C", 1), org.assertj.core.groups.Tuple.tuple("A", 2));
    }

    @Test
    void evidence_lists_only_stories_above_the_threshold_and_directors_see_only_the_picked_ones() {
        FindingsFixture f = fixture(true);
        as(f.advisor);
        List<Part> parts = List.of(Part.connection(f.sales, f.operations), Part.connection(f.operations, f.sales),
                Part.department(f.archive), Part.connection(f.archive, f.sales), Part.theme("workload"),
                Part.identity("integrity"));
        Evidence choices = findings.evidenceFor(f.scan, parts, List.of());
        assertThat(choices.stories()).hasSize(FindingsFixture.SALES_STORIES)
                .allSatisfy(s -> assertThat(s.ref().departmentId()).isEqualTo(f.sales));
        assertThat(choices.stories()).noneMatch(s -> s.text().startsWith("Archive"));
        assertThat(choices.departments()).singleElement().satisfies(d -> assertThat(d.figures()).isNull());
        assertThat(choices.connections()).filteredOn(c -> c.from() == f.archive)
                .singleElement().satisfies(c -> assertThat(c.figures()).isNull());
        assertThat(choices.connections()).filteredOn(c -> c.from() == f.sales)
                .singleElement().satisfies(c -> assertThat(c.figures().meanFlow()).isEqualTo(1.0));
        assertThat(choices.themes()).singleElement().satisfies(t -> assertThat(t.departments())
                .extracting(Evidence.DepartmentMean::departmentId).containsExactly(f.sales, f.operations));

        List<StoryRef> picked = List.of(choices.stories().get(3).ref(), choices.stories().get(0).ref());
        FindingView saved = edits.create(f.scan, new FindingDraft("Orders wait", "", parts, picked));
        assertThat(saved.stories()).containsExactlyElementsOf(picked);

        StoryRef forged = new StoryRef(f.archive, f.sales, StoryRef.fingerprintOf("Archive story 0"));
        assertThatThrownBy(() -> edits.create(f.scan, new FindingDraft("Forged", "", parts, List.of(forged))))
                .isInstanceOf(UserError.class).hasMessage("findings.error.storyGone");

        as(f.director);
        Evidence seen = findings.evidence(saved.id());
        assertThat(seen.stories()).extracting(s -> s.ref()).containsExactlyElementsOf(picked);
        assertThat(seen.stories()).allMatch(Evidence.StoryChoice::picked);
    }

    @Test
    void directors_agree_actions_owned_by_a_director_of_their_organisation_and_see_overdue_ones() {
        FindingsFixture f = fixture(true);
        as(f.advisor);
        long finding = edits.create(f.scan, new FindingDraft("Orders wait", "", List.of(), List.of())).id();
        assertThatThrownBy(() -> actions.create(finding, new ActionDraft("Meet weekly", f.otherDirector.id(),
                LocalDate.now().plusDays(30), null))).hasMessage("findings.error.ownerNotDirector");
        assertThatThrownBy(() -> actions.create(finding, new ActionDraft("Meet weekly", f.advisor.id(),
                LocalDate.now().plusDays(30), null))).hasMessage("findings.error.ownerNotDirector");
        assertThat(actions.owners(f.scan)).extracting(Owner::accountId)
                .containsExactlyInAnyOrder(f.director.id(), f.secondDirector.id());

        as(f.director);
        ActionView late = actions.create(finding, new ActionDraft("Shared planning", f.secondDirector.id(),
                LocalDate.now().minusDays(1), ActionStatus.UNDER_WAY));
        ActionView soon = actions.create(finding, new ActionDraft("Weekly meeting", f.director.id(),
                LocalDate.now().plusDays(14), null));
        assertThat(late.overdue()).isTrue();
        assertThat(soon.overdue()).isFalse();
        assertThat(soon.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(actions.actions(f.scan)).extracting(ActionView::what).containsExactly("Shared planning",
                "Weekly meeting");
        assertThat(actions.myActions()).extracting(ActionView::what).containsExactly("Weekly meeting");
        assertThatThrownBy(() -> actions.delete(soon.id())).isInstanceOf(AccessDeniedException.class);

        as(f.secondDirector);
        ActionView done = actions.setStatus(late.id(), ActionStatus.DONE);
        assertThat(done.overdue()).as("done is never overdue").isFalse();
        assertThatThrownBy(() -> actions.update(late.id(), late.version(), new ActionDraft("Changed", f.director.id(),
                LocalDate.now(), null))).isInstanceOf(FindingChangedMeanwhile.class);

        as(f.otherDirector);
        assertThatThrownBy(() -> actions.create(finding, new ActionDraft("Mine", f.otherDirector.id(),
                LocalDate.now(), null))).isInstanceOf(NotFound.class);
        assertThat(actions.myActions()).isEmpty();
    }

    @Test
    void reactions_stay_with_the_finding_and_a_question_needs_text() {
        FindingsFixture f = fixture(true);
        as(f.advisor);
        long finding = edits.create(f.scan, new FindingDraft("Orders wait", "", List.of(), List.of())).id();
        as(f.director);
        reactions.react(finding, ReactionKind.AGREE, null);
        assertThatThrownBy(() -> reactions.react(finding, ReactionKind.QUESTION, "  "))
                .hasMessage("findings.error.questionEmpty");
        reactions.react(finding, ReactionKind.QUESTION, "Since when?");
        as(f.advisor);
        assertThat(reactions.reactions(finding))
                .extracting(ReactionView::kind, ReactionView::text, ReactionView::authorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReactionKind.AGREE, null, f.director.id()),
                        org.assertj.core.groups.Tuple.tuple(ReactionKind.QUESTION, "Since when?", f.director.id()));
        as(f.otherDirector);
        assertThatThrownBy(() -> reactions.react(finding, ReactionKind.AGREE, null)).isInstanceOf(NotFound.class);
    }
}
