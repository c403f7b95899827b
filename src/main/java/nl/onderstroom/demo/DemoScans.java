package nl.onderstroom.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.Frequency;
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
import org.springframework.stereotype.Component;

/**
 * Two published waves of "Demo BV", generated from a fixed seed and stored through the scan's import service, with
 * a story a director recognises: Verkoop and Operatie barely talk (low flow both ways, it stops at the door; a
 * little better in 2025), ICT is an island (weak outward flow, strong inner cohesion), Klantenservice is the broker
 * (good ties with many). Runs in demo mode only, once.
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
            "Verkoop", ordered("Operatie", 0.95, "Klantenservice", 0.9, "Commercie", 0.6, "Financiën", 0.5, "ICT", 0.35),
            "Operatie", ordered("Verkoop", 0.9, "Klantenservice", 0.85, "ICT", 0.45, "Financiën", 0.4, "HR & Organisatie", 0.3),
            "Klantenservice", ordered("Verkoop", 0.9, "Operatie", 0.9, "ICT", 0.7, "Financiën", 0.6, "Commercie", 0.45,
                    "HR & Organisatie", 0.3),
            "ICT", ordered("Klantenservice", 0.55, "Operatie", 0.35, "Financiën", 0.35, "Verkoop", 0.25, "Directie", 0.3),
            "Financiën", ordered("Verkoop", 0.6, "Klantenservice", 0.6, "Operatie", 0.5, "Directie", 0.6,
                    "HR & Organisatie", 0.4, "ICT", 0.4),
            "HR & Organisatie", ordered("Directie", 0.6, "Operatie", 0.5, "Financiën", 0.5, "Klantenservice", 0.4, "ICT", 0.3),
            "Commercie", ordered("Verkoop", 0.9, "Klantenservice", 0.7, "Directie", 0.5, "Operatie", 0.3),
            "Directie", ordered("Financiën", 0.7, "HR & Organisatie", 0.7, "Commercie", 0.5, "Operatie", 0.5));

    private static final List<String> STORIES_VERKOOP_OPERATIE = List.of(
            "Orders komen bij Operatie binnen zonder de afspraken die wij met de klant maakten. Dan beginnen de telefoontjes.",
            "We horen pas dat een levering niet lukt als de klant al boos belt.",
            "Operatie zegt nee voordat we klaar zijn met uitleggen.",
            "Er is geen vast overleg meer sinds de reorganisatie; alles gaat via mail en niemand voelt zich eigenaar.",
            "Wij beloven snelheid, zij plannen op efficiëntie. Niemand heeft dat verschil ooit hardop besproken.",
            "Ik weet eerlijk gezegd niet wie ik bij Operatie moet bellen.",
            "De deur staat open, maar er loopt niemand doorheen.");
    private static final List<String> STORIES_OPERATIE_VERKOOP = List.of(
            "Verkoop verkoopt wat wij niet kunnen maken en wij mogen het oplossen.",
            "Specificaties veranderen na de order. Dat hoor je op de werkvloer pas als het al misgaat.",
            "Ze komen alleen langs als er iets brandt.",
            "Er zijn twee planningen: die van Verkoop en de echte.",
            "We zitten op dezelfde gang en praten elkaar nauwelijks.",
            "Goede mensen, maar we werken langs elkaar heen.",
            "Bij de koffieautomaat gaat het goed; in het werk stokt het.");
    private static final List<String> STORIES_ICT = List.of(
            "Tickets verdwijnen in een zwart gat; je hoort niets tot het ineens opgelost is.",
            "ICT bouwt mooie dingen, maar vraagt ons niet wat we nodig hebben.",
            "Als je iemand van ICT kent, gaat het snel. Anders niet.",
            "Ze zijn heel hecht als team, maar voor ons voelt het als een eiland.");
    private static final List<String> STORIES_KLANTENSERVICE = List.of(
            "Klantenservice weet altijd wie je moet hebben.",
            "Zonder Klantenservice zouden Verkoop en Operatie elkaar nooit spreken.",
            "Ze vangen veel op wat elders blijft liggen.");
    private static final List<String> UNDERCURRENTS = List.of(
            "Iedereen is loyaal aan de eigen afdeling; het geheel heeft geen eigenaar.",
            "We zijn moe van de veranderingen. Er is nooit iets afgemaakt voor het volgende begint.",
            "Kritiek geven voelt als illoyaal zijn.",
            "Er wordt veel vergaderd, maar de echte besluiten vallen in de wandelgang.",
            "Successen worden niet gevierd, fouten worden onthouden.",
            "Werkdruk is normaal geworden; niemand zegt er nog iets van.");
    private static final Map<String, List<String>> IDENTITY = Map.of(
            "identity.why", List.of("Om onze klanten zorgen uit handen te nemen.", "Omdat we goede producten betaalbaar maken.",
                    "Geen idee eerlijk gezegd.", "Om geld te verdienen voor de eigenaar."),
            "identity.forWhom", List.of("Voor de klant.", "Voor onze vaste klanten in de regio.", "Voor elkaar."),
            "identity.greatAt", List.of("Snel schakelen als het moet.", "Vakmanschap op de werkvloer.", "Klanten helpen als er iets misgaat."),
            "identity.goodAt", List.of("Plannen.", "Nieuwe klanten binnenhalen.", "Systemen bouwen."),
            "identity.cannot", List.of("Samenwerken over de afdelingsgrenzen.", "Dingen afmaken.", "Nee zeggen tegen klanten."));
    private static final Map<String, List<String>> INTENDED = Map.of(
            "identity.why", List.of("Wij maken het werk van onze klanten eenvoudiger, met producten die gewoon werken."),
            "identity.forWhom", List.of("Voor middelgrote bedrijven die op ons willen bouwen."),
            "identity.greatAt", List.of("Betrouwbaar leveren wat we beloven."),
            "identity.goodAt", List.of("Innoveren."),
            "identity.cannot", List.of("Massaproductie tegen de laagste prijs."));

    private final OrganisationService organisations;
    private final ScanService scans;

    DemoScans(OrganisationService organisations, ScanService scans) {
        this.organisations = organisations;
        this.scans = scans;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemSession.run(this::seed);
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
        int staff2025 = wave(demo.id(), WAVE_2025, ids, new Random(2025), 0.9, 0.8);
        int staff2026 = wave(demo.id(), WAVE_2026, ids, new Random(2026), 1.0, 0.0);
        LOG.info("Demo mode: scans '{}' ({} respondents) and '{}' ({} respondents), closed and published", WAVE_2025,
                staff2025, WAVE_2026, staff2026);
    }

    /** @param better how much better Verkoop and Operatie worked together in this wave (flow points) */
    private int wave(long organisationId, String name, Map<String, Long> ids, Random random, double share, double better) {
        long scanId = scans.create(organisationId, name).id();
        List<SurveyAnswers> staff = new ArrayList<>();
        RESPONDENTS.forEach((department, count) -> {
            int n = (int) Math.round(count * share);
            for (int i = 0; i < n; i++) {
                staff.add(respondent(department, ids, random, better));
            }
        });
        List<SurveyAnswers> directors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            directors.add(director(random));
        }
        int stored = scans.importAnswers(scanId, staff, false);
        scans.importAnswers(scanId, directors, true);
        scans.open(scanId);
        scans.close(scanId);
        scans.publish(scanId);
        return stored;
    }

    private SurveyAnswers respondent(String department, Map<String, Long> ids, Random random, double better) {
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
            double flowMean = verkoopOperatie ? 1.6 + better : ict ? 2.2 : broker ? 4.1 : 3.4;
            ConnectionAnswer c = new ConnectionAnswer(ids.get(to));
            c.setFlow(rating(random, flowMean));
            c.setImportance(rating(random, verkoopOperatie ? 4.7 : ict ? 3.6 : broker ? 4.2 : 3.3));
            c.setFrequency(verkoopOperatie || broker ? pick(random, Frequency.DAILY, Frequency.WEEKLY, Frequency.WEEKLY)
                    : ict ? pick(random, Frequency.MONTHLY, Frequency.MONTHLY, Frequency.YEARLY, Frequency.WEEKLY)
                    : pick(random, Frequency.MONTHLY, Frequency.WEEKLY));
            c.setStop(stop(random, c.getFlow(), department.equals("ICT")));
            List<String> stories = verkoopOperatie ? (department.equals("Verkoop") ? STORIES_VERKOOP_OPERATIE : STORIES_OPERATIE_VERKOOP)
                    : to.equals("ICT") ? STORIES_ICT : to.equals("Klantenservice") ? STORIES_KLANTENSERVICE : List.of();
            double storyChance = verkoopOperatie ? 0.75 : to.equals("ICT") ? 0.3 : to.equals("Klantenservice") ? 0.15 : 0;
            if (!stories.isEmpty() && random.nextDouble() < storyChance) {
                c.setStory(stories.get(random.nextInt(stories.size())));
                c.setStoryThemes(verkoopOperatie ? List.of("communication", "priorities")
                        : to.equals("ICT") ? List.of("recognition", "communication") : List.of("trust"));
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
            a.getTexts().put("undercurrents.open", UNDERCURRENTS.get(random.nextInt(UNDERCURRENTS.size())));
        }
        IDENTITY.forEach((key, options) -> {
            if (random.nextDouble() < 0.3) {
                a.getTexts().put(key, options.get(random.nextInt(options.size())));
            }
        });
        a.getRatings().put("identity.identity", rating(random, 3.2));
        a.getRatings().put("identity.integrity", rating(random, 2.6));
        a.getRatings().put("identity.image", rating(random, 3.0));
        return a;
    }

    private SurveyAnswers director(Random random) {
        SurveyAnswers a = new SurveyAnswers();
        INTENDED.forEach((key, options) -> a.getTexts().put(key, options.get(random.nextInt(options.size()))));
        a.getRatings().put("identity.identity", rating(random, 4.7));
        a.getRatings().put("identity.integrity", rating(random, 4.4));
        a.getRatings().put("identity.image", rating(random, 4.2));
        return a;
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
