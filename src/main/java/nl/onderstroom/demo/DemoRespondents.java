package nl.onderstroom.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.IdentityQuestions;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;

/**
 * The demo's respondent profiles (how many per department, who works with whom, the two informal groups) and how one
 * respondent or director answers, drawn from a {@link Random} the caller seeds. The order of the draws is the demo's
 * story: {@link DemoScans} generates the same answers from the same seed on every start.
 */
final class DemoRespondents {

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

    /** The advisor's own questions in the 2026 wave: a rating, a choice and a short text. */
    static final String OWN_RATING = "waiting";
    static final String OWN_CHOICE = "news";
    static final String OWN_TEXT = "tomorrow";

    private DemoRespondents() {
    }

    /** Texts drawn without putting back, so no story is told twice in one wave. */
    static final class Pools {
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

    static SurveyAnswers respondent(String department, Map<String, Long> ids, Random random, double better,
                                    Pools pools, boolean ownQuestions) {
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
            List<String> stories = verkoopOperatie
                    ? (department.equals("Verkoop") ? DemoTexts.STORIES_VERKOOP_OPERATIE : DemoTexts.STORIES_OPERATIE_VERKOOP)
                    : to.equals("ICT") ? DemoTexts.STORIES_ICT
                    : to.equals("Klantenservice") ? DemoTexts.STORIES_KLANTENSERVICE : List.of();
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
            String undercurrent = pools.draw(DemoTexts.UNDERCURRENTS);
            if (undercurrent != null) {
                a.getTexts().put("undercurrents.open", undercurrent);
            }
        }
        DemoTexts.IDENTITY.forEach((key, options) -> {
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
                String text = pools.draw(DemoTexts.OWN_TEXTS);
                if (text != null) {
                    a.getCustom().put(OWN_TEXT, text);
                }
            }
        }
        return a;
    }

    static SurveyAnswers director(Random random) {
        SurveyAnswers a = new SurveyAnswers();
        DemoTexts.INTENDED.forEach((key, options) ->
                a.getTexts().put(key, options.get(random.nextInt(options.size()))));
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
