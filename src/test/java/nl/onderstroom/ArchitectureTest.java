package nl.onderstroom;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The package rules of STYLE.md, as the code keeps them today.
 *
 * <p>Dependencies between our packages (a package may use itself and what is listed, nothing else of ours):
 * <ul>
 *   <li>{@code base} (with {@code base.csv}): nothing else of ours: it is the shared kernel.</li>
 *   <li>{@code base.ui}: {@code base} and {@code security}: the shell shows the signed-in
 *       {@code AccountPrincipal}. This is the one place where the kernel looks at a feature.</li>
 *   <li>{@code security} (with {@code security.ui}): {@code base} only; it stands beside the features.</li>
 *   <li>{@code organisation}: {@code base}, {@code security}.</li>
 *   <li>{@code scan}: the above and {@code organisation}.</li>
 *   <li>{@code map}: the above and {@code scan}; {@code map.graph} is pure: nothing of ours but the pure
 *       {@code base.disclosure}, and no Spring, JPA, Hibernate or Vaadin.</li>
 *   <li>{@code base.disclosure} (the one count-suppression rule of the live counts and the map) is pure too.</li>
 *   <li>{@code findings}: the above and {@code map}.</li>
 *   <li>{@code report} (documents of a scan): the above and {@code findings}.</li>
 *   <li>{@code presentation} (the live presentation): the above and {@code report}.</li>
 *   <li>{@code start} (the director's start page): the above and {@code presentation}.</li>
 *   <li>{@code api} and {@code demo} may use everything; nothing uses them.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "nl.onderstroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "nl.onderstroom..";
    private static final String BASE = "nl.onderstroom.base..";
    private static final String BASE_UI = "nl.onderstroom.base.ui..";
    private static final String SECURITY = "nl.onderstroom.security..";
    private static final String ORGANISATION = "nl.onderstroom.organisation..";
    private static final String SCAN = "nl.onderstroom.scan..";
    private static final String MAP = "nl.onderstroom.map..";
    private static final String FINDINGS = "nl.onderstroom.findings..";
    private static final String REPORT = "nl.onderstroom.report..";
    private static final String PRESENTATION = "nl.onderstroom.presentation..";
    private static final String START = "nl.onderstroom.start..";

    private static ArchRule onlyOurs(String packageIdentifier, String... allowed) {
        return classes().that().resideInAPackage(packageIdentifier)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS).or(resideInAnyPackage(allowed)))
                .allowEmptyShould(true);
    }

    @ArchTest
    static final ArchRule base_uses_nothing_else_of_ours = classes()
            .that().resideInAPackage(BASE).and().resideOutsideOfPackage(BASE_UI)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage(OURS)
                    .or(resideInAPackage(BASE).and(not(resideInAPackage(BASE_UI)))));

    @ArchTest
    static final ArchRule base_ui_uses_only_base_and_security = onlyOurs(BASE_UI, BASE, SECURITY);

    @ArchTest
    static final ArchRule security_uses_only_base = onlyOurs(SECURITY, SECURITY, BASE);

    @ArchTest
    static final ArchRule organisation_uses_only_base_and_security = onlyOurs(ORGANISATION, ORGANISATION, BASE, SECURITY);

    @ArchTest
    static final ArchRule scan_uses_organisation_and_below = onlyOurs(SCAN, SCAN, ORGANISATION, BASE, SECURITY);

    @ArchTest
    static final ArchRule map_uses_scan_and_below = onlyOurs(MAP, MAP, SCAN, ORGANISATION, BASE, SECURITY);

    @ArchTest
    static final ArchRule findings_uses_map_and_below = onlyOurs(FINDINGS, FINDINGS, MAP, SCAN, ORGANISATION, BASE, SECURITY);

    @ArchTest
    static final ArchRule report_uses_findings_and_below = onlyOurs(REPORT, REPORT, FINDINGS, MAP, SCAN, ORGANISATION,
            BASE, SECURITY);

    @ArchTest
    static final ArchRule presentation_uses_report_and_below = onlyOurs(PRESENTATION, PRESENTATION, REPORT, FINDINGS,
            MAP, SCAN, ORGANISATION, BASE, SECURITY);

    @ArchTest
    static final ArchRule start_uses_presentation_and_below = onlyOurs(START, START, PRESENTATION, REPORT, FINDINGS,
            MAP, SCAN, ORGANISATION, BASE, SECURITY);

    /** findings builds on the map; the map never knows about findings (issue 10). */
    @ArchTest
    static final ArchRule map_never_uses_findings = noClasses().that().resideInAPackage(MAP)
            .should().dependOnClassesThat().resideInAPackage(FINDINGS);

    /** The suggestion rules are pure: no Spring, JPA or Vaadin, so they are unit-tested on hand-made maps. */
    @ArchTest
    static final ArchRule suggestion_rules_are_pure = noClasses().that()
            .haveFullyQualifiedName("nl.onderstroom.findings.SuggestionRules")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "com.vaadin..");

    @ArchTest
    static final ArchRule nothing_uses_api_or_demo = noClasses()
            .that().resideOutsideOfPackages("nl.onderstroom.api..", "nl.onderstroom.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.onderstroom.api..", "nl.onderstroom.demo..");

    @ArchTest
    static final ArchRule map_graph_is_pure_java = noClasses().that().resideInAPackage("nl.onderstroom.map.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "javax.persistence..", "org.hibernate..", "com.vaadin..", "jakarta.servlet..")
            .orShould().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAnyPackage(
                    "nl.onderstroom.map.graph..", "nl.onderstroom.base.disclosure.."))));

    @ArchTest
    static final ArchRule base_disclosure_is_pure_java = noClasses().that().resideInAPackage("nl.onderstroom.base.disclosure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "com.vaadin..")
            .orShould().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAPackage("nl.onderstroom.base.disclosure.."))));

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /** Feature packages do not depend on each other in a circle. base.ui → security is the known, allowed edge. */
    @ArchTest
    static final ArchRule no_cycles_between_feature_packages = slices().matching("nl.onderstroom.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(BASE_UI), resideInAPackage(SECURITY));

    @ArchTest
    static final ArchRule entities_are_not_public = classes().that().areAnnotatedWith(Entity.class)
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule repositories_are_not_public = classes().that().areAssignableTo(Repository.class)
            .and().resideInAPackage(OURS)
            .should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule time_comes_from_the_injected_clock = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("time comes from the injected java.time.Clock, so tests can set it");

    // ---- design health (issue 9; docs/decisions/design-health.md) ------------------------------------------

    private static final DescribedPredicate<JavaClass> WRITE_SQL = new DescribedPredicate<>("use JDBC") {
        @Override
        public boolean test(JavaClass c) {
            return c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isAssignableTo(JdbcOperations.class));
        }
    };

    /**
     * What the database stores is an explicit code (Frequency.code(), Stop.code()) or a name, never an ordinal. The
     * rule covers the enums of the answers and the scan (packages scan and map): the findings' enums are stored by
     * name (JPA {@code EnumType.STRING}), and a {@code switch} over an enum compiles to an {@code ordinal()} call,
     * which is not a stored value.
     */
    @ArchTest
    static final ArchRule no_enum_ordinal_reaches_the_database = noClasses().that(WRITE_SQL)
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("ordinal"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Enum.class)
                            .and(JavaClass.Predicates.resideInAnyPackage("nl.onderstroom.scan..", "nl.onderstroom.map.."))))))
            .because("reordering an enum must not change the meaning of stored answers");

    /** The rules a respondent's answers follow, and the identity part's keys, are plain Java a view and a service share. */
    @ArchTest
    static final ArchRule answer_rules_are_pure_java = noClasses()
            .that().haveFullyQualifiedName("nl.onderstroom.scan.AnswerRules")
            .or().haveFullyQualifiedName("nl.onderstroom.scan.IdentityQuestions")
            .or().haveFullyQualifiedName("nl.onderstroom.scan.ScanStatus")
            .or().haveFullyQualifiedName("nl.onderstroom.scan.Frequency")
            .or().haveFullyQualifiedName("nl.onderstroom.scan.Stop")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..", "com.vaadin..", "jakarta.servlet..");

    /** Count suppression has one owner: base.disclosure (the map's graph code applies it, nothing re-implements it). */
    @ArchTest
    static final ArchRule suppression_lives_in_base_disclosure = classes()
            .that().haveSimpleNameEndingWith("Suppression")
            .should().resideInAPackage("nl.onderstroom.base.disclosure..");

    /** Screens own the words: the pure graph package names measures, map.ui.MeasureTexts knows their keys. */
    @ArchTest
    static final ArchRule map_graph_knows_no_translation_keys = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("nl.onderstroom.map.graph..")
            .should().haveNameMatching(".*(Key|label|explain)")
            .allowEmptyShould(true);

    /** Results' read interface carries no lifecycle: the scan's status is scan.ScanStatus. */
    @ArchTest
    static final ArchRule scan_tallies_declares_no_status = noClasses()
            .that().resideInAPackage(SCAN).and().haveSimpleName("Status")
            .should().beNestedClasses().allowEmptyShould(true);
}
