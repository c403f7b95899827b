package nl.onderstroom.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.DirectorIdentityService;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.IdentityQuestions;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;
import nl.onderstroom.security.SystemSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two published waves of "Demo BV" (autumn 2025 and 2026), generated from a fixed seed and stored through the scan's
 * import service, with a story a director recognises: Verkoop and Operatie barely talk (low flow both ways, it stops
 * at the door; a little better in 2025), ICT is an island (weak outward flow, strong inner cohesion), Klantenservice
 * is the broker (good ties with both informal groups: the commercial side with Financiën, and the operational side
 * with HR). The five directors give the intended identity from their own page; the 2026 wave has three questions of
 * the advisor's own. Runs in demo mode only, once.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "onderstroom.demo", havingValue = "true")
class DemoScans implements ApplicationRunner {

    static final String WAVE_2025 = "Organisatiescan 2025";
    static final String WAVE_2026 = "Organisatiescan 2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoScans.class);

    /** Staff respondents per department in 2026 (2025: about ten percent fewer). */
    static final Map<String, Integer> RESPONDENTS = ordered(
            "Directie", 3, "Financiën", 9, "HR & Organisatie", 6, "ICT", 12, "Commercie", 5, "Verkoop", 16,
            "Klantenservice", 28, "Operatie", 38);

    /** Who works with whom, and how likely a respondent names the connection. */
    static final Map<String, Map<String, Double>> PARTNERS = Map.of(
            "Verkoop", ordered("Operatie", 0.95, "Klantenservice", 0.9, "Commercie", 0.8, "Financiën", 0.7, "Directie", 0.4,
                    "ICT", 0.35),
            "Operatie", ordered("Verkoop", 0.9, "Klantenservice", 0.9, "HR & Organisatie", 0.5, "ICT", 0.45, "Financiën", 0.4),
            "Klantenservice", ordered("Verkoop", 0.9, "Operatie", 0.9, "ICT", 0.7, "Financiën", 0.6, "Commercie", 0.5,
                    "HR & Organisatie", 0.45),
            "ICT", ordered("Klantenservice", 0.6, "Operatie", 0.5, "Financiën", 0.45, "Verkoop", 0.4, "Directie", 0.3),
            "Financiën", ordered("Directie", 0.9, "Verkoop", 0.8, "Klantenservice", 0.7, "Commercie", 0.6, "Operatie", 0.5,
                    "HR & Organisatie", 0.4, "ICT", 0.4),
            "HR & Organisatie", ordered("Operatie", 1.0, "Klantenservice", 0.9, "Directie", 0.85, "Financiën", 0.5, "ICT", 0.3),
            "Commercie", ordered("Verkoop", 0.9, "Klantenservice", 0.7, "Directie", 0.5, "Operatie", 0.3),
            "Directie", ordered("Financiën", 0.7, "HR & Organisatie", 0.7, "Commercie", 0.5, "Operatie", 0.5));

    /**
     * The two informal groups the answers are shaped by, across the formal tree: the commercial and management side,
     * and the operational side with HR (formally under Directie). Klantenservice (formally under Commercie) works
     * well with both, ICT with neither.
     */
    static final List<String> COMMERCIAL = List.of("Directie", "Financiën", "Commercie", "Verkoop");
    static final List<String> OPERATIONAL = List.of("Operatie", "HR & Organisatie");

    private static final List<String> STORIES_VERKOOP_OPERATIE = List.of(
            "Orders komen bij Operatie binnen zonder de afspraken die wij met de klant maakten. Dan beginnen de telefoontjes.",
            "We horen pas dat een levering niet lukt als de klant al boos belt.",
            "Operatie zegt nee voordat we klaar zijn met uitleggen.",
            "Er is geen vast overleg meer sinds de reorganisatie; alles gaat via mail en niemand voelt zich eigenaar.",
            "Wij beloven snelheid, zij plannen op efficiëntie. Niemand heeft dat verschil ooit hardop besproken.",
            "Ik weet eerlijk gezegd niet wie ik bij Operatie moet bellen.",
            "De deur staat open, maar er loopt niemand doorheen.",
            "Een spoedorder voelt daar als een persoonlijke belediging.",
            "Als ik een planner spreek, is het altijd via Klantenservice.",
            "We get the blame for promises we never made; nobody on their side checks the order with us first.",
            "Vorig jaar hadden we een weekstart samen. Die is stilletjes verdwenen.",
            "Ik hoor van de klant eerder wat Operatie besloten heeft dan van Operatie zelf.");
    private static final List<String> STORIES_OPERATIE_VERKOOP = List.of(
            "Verkoop verkoopt wat wij niet kunnen maken en wij mogen het oplossen.",
            "Specificaties veranderen na de order. Dat hoor je op de werkvloer pas als het al misgaat.",
            "Ze komen alleen langs als er iets brandt.",
            "Er zijn twee planningen: die van Verkoop en de echte.",
            "We zitten in hetzelfde gebouw en praten elkaar nauwelijks.",
            "Goede mensen, maar we werken langs elkaar heen.",
            "Bij de koffieautomaat gaat het goed; in het werk stokt het.",
            "Sales targets change every quarter, our machines don't.",
            "Een levertijd wordt aan de klant genoemd voordat iemand ons gebeld heeft.",
            "Elke maand dezelfde discussie over voorrang, en niemand die knoopt doorhakt.",
            "Als er iets misgaat, staat Verkoop bij de directie voordat wij het weten.",
            "Ze vragen nooit wat er wél kan.");
    private static final List<String> STORIES_ICT = List.of(
            "Tickets verdwijnen in een zwart gat; je hoort niets tot het ineens opgelost is.",
            "ICT bouwt mooie dingen, maar vraagt ons niet wat we nodig hebben.",
            "Als je iemand van ICT kent, gaat het snel. Anders niet.",
            "Ze zijn heel hecht als team, maar voor ons voelt het als een eiland.",
            "Het nieuwe systeem kwam zonder dat iemand van de werkvloer het had gezien.",
            "Great people, but they speak a language of their own.",
            "Een vraag aan ICT moet via een formulier, en het formulier begrijpt niemand.",
            "Pas toen de storing twee dagen duurde, kwam er iemand kijken.",
            "Ik weet niet wat ICT eigenlijk allemaal doet, en zij niet wat wij doen.",
            "Ze lossen het op, maar leggen nooit uit wat er mis was.");
    private static final List<String> STORIES_KLANTENSERVICE = List.of(
            "Klantenservice weet altijd wie je moet hebben.",
            "Zonder Klantenservice zouden Verkoop en Operatie elkaar nooit spreken.",
            "Ze vangen veel op wat elders blijft liggen.",
            "Als ik vastloop, bel ik eerst Klantenservice; die kennen iedereen.",
            "They translate between what the customer wants and what we can make.",
            "Hun teamleider zit bij elk overleg dat ertoe doet, ook als het niet over hen gaat.",
            "Ze zijn snel, maar het kost ze zichtbaar veel.",
            "Het enige dagelijkse overleg dat echt werkt, is dat met Klantenservice.",
            "Klantenservice merkt problemen als eerste en zegt het ook.",
            "Soms lijkt het alsof zij het hele bedrijf aan elkaar knopen.");
    private static final List<String> UNDERCURRENTS = List.of(
            "Iedereen is loyaal aan de eigen afdeling; het geheel heeft geen eigenaar.",
            "We zijn moe van de veranderingen. Er is nooit iets afgemaakt voor het volgende begint.",
            "Kritiek geven voelt als illoyaal zijn.",
            "Er wordt veel vergaderd, maar de echte besluiten vallen in de wandelgang.",
            "Successen worden niet gevierd, fouten worden onthouden.",
            "Werkdruk is normaal geworden; niemand zegt er nog iets van.",
            "Wie het hardst roept, krijgt voorrang.",
            "Nobody says it out loud, but everyone knows which department wins every argument.",
            "De oude garde en de nieuwe mensen leven in twee verschillende bedrijven.",
            "We zeggen dat de klant centraal staat, maar intern staat de eigen planning centraal.",
            "Er is angst om fouten toe te geven sinds de laatste reorganisatie.",
            "Men vertrouwt elkaar persoonlijk, maar niet elkaars afdeling.",
            "Beslissingen worden teruggedraaid als de juiste persoon gaat klagen.",
            "Het gaat over samenwerken, maar beloond wordt alleen het eigen resultaat.",
            "Mensen die kritisch zijn, worden stil na een tijdje.",
            "Iedereen werkt hard, maar niemand weet waar het naartoe gaat.");
    private static final Map<String, List<String>> IDENTITY = Map.of(
            IdentityQuestions.Open.WHY.questionKey(), List.of("Om onze klanten zorgen uit handen te nemen.", "Omdat we goede producten betaalbaar maken.",
                    "Geen idee eerlijk gezegd.", "Om geld te verdienen voor de eigenaar."),
            IdentityQuestions.Open.FOR_WHOM.questionKey(), List.of("Voor de klant.", "Voor onze vaste klanten in de regio.", "Voor elkaar."),
            IdentityQuestions.Open.GREAT_AT.questionKey(), List.of("Snel schakelen als het moet.", "Vakmanschap op de werkvloer.", "Klanten helpen als er iets misgaat."),
            IdentityQuestions.Open.GOOD_AT.questionKey(), List.of("Plannen.", "Nieuwe klanten binnenhalen.", "Systemen bouwen."),
            IdentityQuestions.Open.CANNOT.questionKey(), List.of("Samenwerken over de afdelingsgrenzen.", "Dingen afmaken.", "Nee zeggen tegen klanten."));
    private static final Map<String, List<String>> INTENDED = Map.of(
            IdentityQuestions.Open.WHY.questionKey(), List.of("Wij maken het werk van onze klanten eenvoudiger, met producten die gewoon werken.",
                    "Wij nemen klanten zorgen uit handen, met producten waarop ze kunnen bouwen."),
            IdentityQuestions.Open.FOR_WHOM.questionKey(), List.of("Voor middelgrote bedrijven die op ons willen bouwen.", "Voor klanten die betrouwbaarheid boven de laagste prijs zetten."),
            IdentityQuestions.Open.GREAT_AT.questionKey(), List.of("Betrouwbaar leveren wat we beloven.", "Samen oplossen wat de klant vraagt."),
            IdentityQuestions.Open.GOOD_AT.questionKey(), List.of("Innoveren.", "Nieuwe markten aanboren."),
            IdentityQuestions.Open.CANNOT.questionKey(), List.of("Massaproductie tegen de laagste prijs.", "Alles tegelijk."));

    /** The advisor's own questions in the 2026 wave: a rating, a choice and a short text. */
    static final String OWN_RATING = "waiting";
    static final String OWN_CHOICE = "news";
    static final String OWN_TEXT = "tomorrow";
    private static final List<String> OWN_TEXTS = List.of(
            "Eén vast moment per week met Verkoop, ook als er niets brandt.",
            "Minder mail, meer even langslopen.",
            "Afspraken met de klant pas bevestigen als de planning ze heeft gezien.",
            "Fouten bespreken zonder schuldige te zoeken.",
            "Nieuwe collega's een dag laten meelopen bij een andere afdeling.",
            "Stoppen met projecten die niemand meer trekt.",
            "De planning zichtbaar maken voor iedereen, niet alleen voor Operatie.",
            "Vaker vragen wat de klant er eigenlijk van vindt.",
            "Eerst afmaken waar we mee bezig zijn.",
            "Start a shared channel with ICT instead of tickets.",
            "Duidelijk maken wie waarover beslist.",
            "Successen vieren, ook kleine.",
            "Overdrachten tussen diensten op papier zetten.",
            "Een aanspreekpunt per afdeling dat iedereen kent.",
            "Niet elke klantwens direct ja zeggen.",
            "Meer tijd voor inwerken, minder voor rapportages.",
            "Samen met Klantenservice kijken naar de klachten van deze maand.",
            "Let people finish their work before the next priority lands.",
            "Eerlijk zeggen wat niet kan.",
            "De weekstart met Verkoop terugbrengen.",
            "Iemand van ICT een dag per week bij ons laten zitten.",
            "Minder overleg, betere besluiten.",
            "Werkdruk bespreekbaar maken in het teamoverleg.",
            "Klantafspraken centraal vastleggen in plaats van in ieders mailbox.",
            "Leidinggevenden vaker op de werkvloer.",
            "Bij een verandering uitleggen waarom, niet alleen wat.",
            "Een vaste contactpersoon bij Financiën voor vragen over facturen.",
            "Elkaar bedanken als iets goed gaat.",
            "Ask us before a new system is bought.",
            "Minder uitzonderingen, meer vaste afspraken.",
            "Samen de top-5 knelpunten kiezen en die echt oplossen.",
            "De verkoopprognose delen met de inkoop en de planning.",
            "Weer een gezamenlijke lunch met alle afdelingen.",
            "Het intranet bijhouden, of ermee stoppen.",
            "Afdelingsdoelen die elkaar niet tegenwerken.",
            "Spreekuur van de directie, zonder agenda.",
            "Klantenservice structureel betrekken bij productkeuzes.",
            "Minder brandjes blussen, meer vooruit plannen.",
            "Durven zeggen dat iets niet goed gaat.",
            "Een gedeelde kalender voor leveringen.");

    /** When each wave ran: opened, closed, published (past dates, so the results read as a real history). */
    record Dates(LocalDate opened, LocalDate closed, LocalDate published) {
    }

    private final OrganisationService organisations;
    private final ScanService scans;
    private final DirectorIdentityService intended;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoScans(OrganisationService organisations, ScanService scans, DirectorIdentityService intended,
              UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.organisations = organisations;
        this.scans = scans;
        this.intended = intended;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemSession.run(this::seed);
    }

    /**
     * The waves' dates: late September to mid October of 2025 and of 2026, published ten days after closing; moved
     * back a year at a time should those dates not have passed yet.
     */
    static Dates dates(int wave, LocalDate today) {
        LocalDate opened = LocalDate.of(wave, 9, 29);
        while (!opened.plusDays(28).isBefore(today)) {
            opened = opened.minusYears(1);
        }
        return new Dates(opened, opened.plusDays(18), opened.plusDays(28));
    }

    private void seed() {
        OrganisationSummary demo = organisations.organisations().stream()
                .filter(o -> o.name().equals(DemoData.ORGANISATION)).findFirst().orElse(null);
        if (demo == null || scans.scans(demo.id()).stream().anyMatch(s -> s.name().equals(WAVE_2026))) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (DepartmentNode d : organisations.departments(demo.id())) {
            ids.put(d.name(), d.id());
        }
        if (!ids.keySet().containsAll(RESPONDENTS.keySet())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int staff2025 = wave(demo.id(), WAVE_2025, ids, new Random(2025), 0.9, 0.8, false, dates(2025, today));
        int staff2026 = wave(demo.id(), WAVE_2026, ids, new Random(2026), 1.0, 0.0, true, dates(2026, today));
        LOG.info("Demo mode: scans '{}' ({} staff respondents) and '{}' ({} staff respondents), closed and published, "
                + "with the intended identity of {} directors", WAVE_2025, staff2025, WAVE_2026, staff2026,
                DemoData.DIRECTORS.size());
    }

    /**
     * @param better       how much better Verkoop and Operatie worked together in this wave (flow points)
     * @param ownQuestions whether the advisor added questions of their own
     */
    private int wave(long organisationId, String name, Map<String, Long> ids, Random random, double share, double better,
                     boolean ownQuestions, Dates dates) {
        long scanId = scans.create(organisationId, name).id();
        if (ownQuestions) {
            scans.updateQuestionSet(scanId, withOwnQuestions(scans.questionSet(scanId)));
        }
        Pools pools = new Pools(random);
        List<SurveyAnswers> staff = new ArrayList<>();
        RESPONDENTS.forEach((department, count) -> {
            int n = (int) Math.round(count * share);
            for (int i = 0; i < n; i++) {
                staff.add(respondent(department, ids, random, better, pools, ownQuestions));
            }
        });
        int stored = scans.importAnswers(scanId, staff, false);
        scans.open(scanId);
        // the board gives the intended identity from their own page, each as themselves
        for (List<String> director : DemoData.DIRECTORS) {
            SurveyAnswers answers = director(random);
            as(director.get(0), () -> intended.answer(scanId, answers));
        }
        scans.close(scanId);
        scans.publish(scanId);
        backdate(scanId, dates);
        return stored;
    }

    /**
     * The demo's only way around "a closing date cannot lie in the past" (ScanService.update): the history is written
     * straight into the scan row after the fact. Users still cannot set a past date.
     */
    private void backdate(long scanId, Dates dates) {
        ZoneId zone = clock.getZone();
        jdbc.update("update scan set created_at = ?, opens_on = ?, closes_on = ?, opened_at = ?, closed_at = ?,"
                        + " published_at = ? where id = ?",
                Timestamp.from(dates.opened().minusDays(14).atTime(10, 0).atZone(zone).toInstant()),
                dates.opened(), dates.closed(),
                Timestamp.from(dates.opened().atTime(8, 30).atZone(zone).toInstant()),
                Timestamp.from(dates.closed().atTime(17, 0).atZone(zone).toInstant()),
                Timestamp.from(dates.published().atTime(14, 0).atZone(zone).toInstant()), scanId);
    }

    private void as(String email, Runnable work) {
        UserDetails account = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static QuestionSet withOwnQuestions(QuestionSet set) {
        List<QuestionSet.Question> questions = new ArrayList<>(set.questions());
        questions.add(new QuestionSet.Question(OWN_RATING, QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.RATING,
                new QuestionSet.LocalText("I can do my work without waiting for another department.",
                        "Ik kan mijn werk doen zonder op een andere afdeling te wachten."), List.of(), false, true));
        questions.add(new QuestionSet.Question(OWN_CHOICE, QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.CHOICE,
                new QuestionSet.LocalText("How do you usually hear about a change?", "Hoe hoor je meestal van een verandering?"),
                List.of(new QuestionSet.LocalText("From my manager", "Van mijn leidinggevende"),
                        new QuestionSet.LocalText("Intranet or e-mail", "Via intranet of e-mail"),
                        new QuestionSet.LocalText("From colleagues in the corridor", "Van collega’s in de wandelgang"),
                        new QuestionSet.LocalText("Only once it has happened", "Pas als het al gebeurd is")), false, true));
        questions.add(new QuestionSet.Question(OWN_TEXT, QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.TEXT,
                new QuestionSet.LocalText("What should your department do differently tomorrow?",
                        "Wat zou jouw afdeling morgen anders moeten doen?"), List.of(), false, true));
        return new QuestionSet(set.themes(), questions);
    }

    /** Texts drawn without putting back, so no story is told twice in one wave. */
    private static final class Pools {
        private final Random random;
        private final Map<List<String>, List<String>> left = new HashMap<>();

        Pools(Random random) {
            this.random = random;
        }

        /** A text of the pool not drawn before in this wave, or null when all are used. */
        String draw(List<String> pool) {
            List<String> rest = left.computeIfAbsent(pool, ArrayList::new);
            return rest.isEmpty() ? null : rest.remove(random.nextInt(rest.size()));
        }
    }

    /**
     * The mean flow {@code from} gives {@code to}: the shape of the demo's story. Klantenservice works closely with
     * the operational side and well with Verkoop: the one bridge between the two groups.
     */
    static double flowMean(String from, String to, double better) {
        if (from.equals("Verkoop") && to.equals("Operatie") || from.equals("Operatie") && to.equals("Verkoop")) {
            return 1.6 + better;
        }
        if (from.equals("ICT") || to.equals("ICT")) {
            return 2.0;
        }
        if (from.equals("Klantenservice") || to.equals("Klantenservice")) {
            String other = from.equals("Klantenservice") ? to : from;
            return OPERATIONAL.contains(other) ? 4.3 : other.equals("Verkoop") ? 3.6 : 2.7;
        }
        return sameGroup(from, to) ? 4.0 : 2.4;
    }

    /** How often {@code from} works with {@code to}: daily or weekly inside a group, monthly or yearly across. */
    private static Frequency frequency(Random random, String from, String to, boolean verkoopOperatie) {
        boolean klantenservice = from.equals("Klantenservice") || to.equals("Klantenservice");
        if (from.equals("ICT") || to.equals("ICT")) {
            return pick(random, Frequency.MONTHLY, Frequency.MONTHLY, Frequency.YEARLY, Frequency.WEEKLY);
        }
        if (verkoopOperatie || sameGroup(from, to)
                || klantenservice && (OPERATIONAL.contains(from) || OPERATIONAL.contains(to))) {
            return pick(random, Frequency.DAILY, Frequency.WEEKLY, Frequency.WEEKLY);
        }
        if (klantenservice) {
            return pick(random, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.MONTHLY, Frequency.YEARLY);
        }
        return pick(random, Frequency.MONTHLY, Frequency.YEARLY);
    }

    private static boolean sameGroup(String a, String b) {
        return COMMERCIAL.contains(a) && COMMERCIAL.contains(b) || OPERATIONAL.contains(a) && OPERATIONAL.contains(b);
    }

    private SurveyAnswers respondent(String department, Map<String, Long> ids, Random random, double better, Pools pools,
                                     boolean ownQuestions) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(ids.get(department));
        a.setInnerFlow(rating(random, switch (department) {
            case "ICT" -> 4.6;
            case "Operatie" -> 3.1;
            case "Verkoop" -> 3.4;
            case "Klantenservice" -> 3.9;
            default -> 3.6;
        }));
        for (Map.Entry<String, Double> partner : PARTNERS.get(department).entrySet()) {
            if (random.nextDouble() >= partner.getValue()) {
                continue;
            }
            String to = partner.getKey();
            boolean verkoopOperatie = (department.equals("Verkoop") && to.equals("Operatie"))
                    || (department.equals("Operatie") && to.equals("Verkoop"));
            boolean ict = department.equals("ICT") || to.equals("ICT");
            boolean broker = department.equals("Klantenservice") || to.equals("Klantenservice");
            ConnectionAnswer c = new ConnectionAnswer(ids.get(to));
            c.setFlow(rating(random, flowMean(department, to, better)));
            c.setImportance(rating(random, verkoopOperatie ? 4.7 : ict ? 3.6 : broker ? 4.2 : 3.3));
            c.setFrequency(frequency(random, department, to, verkoopOperatie));
            c.setStop(stop(random, c.getFlow(), department.equals("ICT")));
            List<String> stories = verkoopOperatie ? (department.equals("Verkoop") ? STORIES_VERKOOP_OPERATIE : STORIES_OPERATIE_VERKOOP)
                    : to.equals("ICT") ? STORIES_ICT : to.equals("Klantenservice") ? STORIES_KLANTENSERVICE : List.of();
            double storyChance = verkoopOperatie ? 0.75 : to.equals("ICT") ? 0.3 : to.equals("Klantenservice") ? 0.15 : 0;
            if (!stories.isEmpty() && random.nextDouble() < storyChance) {
                String story = pools.draw(stories);
                if (story != null) {
                    c.setStory(story);
                    c.setStoryThemes(verkoopOperatie ? List.of("communication", "priorities")
                            : to.equals("ICT") ? List.of("recognition", "communication") : List.of("trust"));
                }
            }
            a.getConnections().add(c);
        }
        Map<String, Double> themes = new LinkedHashMap<>(Map.of("trust", 1.6, "communication", 2.0, "priorities", 1.8,
                "workload", 2.0, "leadership", 1.5, "recognition", 1.6, "safety", 1.7, "changeFatigue", 2.0));
        switch (department) {
            case "Operatie" -> {
                themes.put("workload", 3.3);
                themes.put("changeFatigue", 2.9);
                themes.put("priorities", 2.8);
            }
            case "Verkoop" -> {
                themes.put("communication", 3.1);
                themes.put("trust", 2.6);
                themes.put("priorities", 2.9);
            }
            case "ICT" -> {
                themes.put("recognition", 2.9);
                themes.put("communication", 2.5);
            }
            case "Klantenservice" -> themes.put("workload", 3.0);
            case "HR & Organisatie" -> themes.put("changeFatigue", 2.7);
            default -> {
            }
        }
        themes.forEach((key, mean) -> a.getThemes().put(key, clamp((int) Math.round(mean + random.nextGaussian() * 0.8), 0, 4)));
        if (random.nextDouble() < 0.25) {
            String undercurrent = pools.draw(UNDERCURRENTS);
            if (undercurrent != null) {
                a.getTexts().put("undercurrents.open", undercurrent);
            }
        }
        IDENTITY.forEach((key, options) -> {
            if (random.nextDouble() < 0.3) {
                a.getTexts().put(key, options.get(random.nextInt(options.size())));
            }
        });
        a.getRatings().put(IdentityQuestions.Rating.IDENTITY.questionKey(), rating(random, 3.2));
        a.getRatings().put(IdentityQuestions.Rating.INTEGRITY.questionKey(), rating(random, 2.6));
        a.getRatings().put(IdentityQuestions.Rating.IMAGE.questionKey(), rating(random, 3.0));
        if (ownQuestions) {
            a.getCustom().put(OWN_RATING, String.valueOf(rating(random, switch (department) {
                case "Operatie" -> 2.3;
                case "Verkoop" -> 2.6;
                case "Klantenservice" -> 3.4;
                case "ICT" -> 3.9;
                default -> 3.3;
            })));
            double[] news = switch (department) {
                case "Operatie" -> new double[] {0.15, 0.05, 0.35, 0.45};
                case "Klantenservice" -> new double[] {0.35, 0.2, 0.4, 0.05};
                default -> new double[] {0.5, 0.3, 0.15, 0.05};
            };
            a.getCustom().put(OWN_CHOICE, String.valueOf(weighted(random, news)));
            if (random.nextDouble() < 0.35) {
                String text = pools.draw(OWN_TEXTS);
                if (text != null) {
                    a.getCustom().put(OWN_TEXT, text);
                }
            }
        }
        return a;
    }

    private SurveyAnswers director(Random random) {
        SurveyAnswers a = new SurveyAnswers();
        INTENDED.forEach((key, options) -> a.getTexts().put(key, options.get(random.nextInt(options.size()))));
        a.getRatings().put(IdentityQuestions.Rating.IDENTITY.questionKey(), rating(random, 4.7));
        a.getRatings().put(IdentityQuestions.Rating.INTEGRITY.questionKey(), rating(random, 4.4));
        a.getRatings().put(IdentityQuestions.Rating.IMAGE.questionKey(), rating(random, 4.2));
        return a;
    }

    private static int weighted(Random random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Stop stop(Random random, int flow, boolean fromIct) {
        double r = random.nextDouble();
        if (flow <= 2) {
            return r < 0.45 ? (fromIct ? Stop.OURS : Stop.THEIRS) : r < 0.8 ? Stop.BOTH : (fromIct ? Stop.THEIRS : Stop.OURS);
        }
        if (flow == 3) {
            return r < 0.5 ? Stop.NONE : r < 0.8 ? Stop.THEIRS : r < 0.9 ? Stop.OURS : Stop.BOTH;
        }
        return Stop.NONE;
    }

    private static int rating(Random random, double mean) {
        return clamp((int) Math.round(mean + random.nextGaussian() * 0.75), 1, 5);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
