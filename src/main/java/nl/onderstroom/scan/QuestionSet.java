package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNames;

/**
 * The questions of one scan, in Dutch and English: the undercurrent themes and the questions. Built-in questions
 * are the default set of PRODUCT.md; an advisor may reword every text, drop the optional ones, add and drop
 * themes and add questions of their own (rating 1–5, choice, short text). Stored per scan as JSON, frozen once
 * the scan opens.
 */
public record QuestionSet(List<Theme> themes, List<Question> questions) {

    public enum Section { CONNECTIONS, UNDERCURRENTS, IDENTITY }

    public enum Type { RATING, CHOICE, TEXT }

    /** A text in both languages. */
    public record LocalText(String en, String nl) {

        public String in(Locale locale) {
            return locale != null && "nl".equals(locale.getLanguage()) ? nl : en;
        }
    }

    public record Theme(String key, LocalText label) {
    }

    /**
     * @param builtIn  part of the default set; its meaning is fixed, only its text may change
     * @param optional may be dropped (built-in) — custom questions are always optional to answer
     * @param choices  the options of a CHOICE question
     */
    public record Question(String key, Section section, Type type, LocalText text, List<LocalText> choices,
                           boolean builtIn, boolean optional) {
        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    public static final List<String> DEFAULT_THEMES = List.of("trust", "communication", "priorities", "workload",
            "leadership", "recognition", "safety", "changeFatigue");
    /** The five open identity questions' keys (owned by {@link IdentityQuestions}). */
    public static final List<String> IDENTITY_TEXTS = IdentityQuestions.OPEN_KEYS;
    /** The three identity ratings' keys (owned by {@link IdentityQuestions}). */
    public static final List<String> IDENTITY_RATINGS = IdentityQuestions.RATING_KEYS;
    public static final String STORY = "connections.story";
    public static final String UNDERCURRENT_OPEN = "undercurrents.open";
    public static final int MAX_TEXT = 500;
    public static final int MAX_CUSTOM_QUESTIONS = 20;
    public static final int MAX_THEMES = 20;
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    public QuestionSet {
        themes = List.copyOf(themes);
        questions = List.copyOf(questions);
    }

    /** The default set of PRODUCT.md, its texts from the translations. */
    public static QuestionSet defaults() {
        List<Theme> themes = DEFAULT_THEMES.stream().map(k -> new Theme(k, text("scan.theme." + k))).toList();
        List<Question> q = new ArrayList<>();
        q.add(builtIn("connections.frequency", Section.CONNECTIONS, Type.CHOICE, false));
        q.add(builtIn("connections.importance", Section.CONNECTIONS, Type.RATING, false));
        q.add(builtIn("connections.flow", Section.CONNECTIONS, Type.RATING, false));
        q.add(builtIn("connections.stops", Section.CONNECTIONS, Type.CHOICE, false));
        q.add(builtIn(STORY, Section.CONNECTIONS, Type.TEXT, true));
        q.add(builtIn("connections.innerFlow", Section.CONNECTIONS, Type.RATING, false));
        q.add(builtIn("undercurrents.intensity", Section.UNDERCURRENTS, Type.RATING, false));
        q.add(builtIn(UNDERCURRENT_OPEN, Section.UNDERCURRENTS, Type.TEXT, true));
        IDENTITY_TEXTS.forEach(k -> q.add(builtIn(k, Section.IDENTITY, Type.TEXT, true)));
        IDENTITY_RATINGS.forEach(k -> q.add(builtIn(k, Section.IDENTITY, Type.RATING, true)));
        return new QuestionSet(themes, q);
    }

    private static Question builtIn(String key, Section section, Type type, boolean optional) {
        return new Question(key, section, type, text("scan.question." + key), List.of(), true, optional);
    }

    private static LocalText text(String key) {
        return new LocalText(Translations.get(Translations.ENGLISH, key), Translations.get(Translations.DUTCH, key));
    }

    public List<String> themeKeys() {
        return themes.stream().map(Theme::key).toList();
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public boolean has(String key) {
        return question(key).isPresent();
    }

    /** The question's text in the language, or the built-in default when the set lacks it. */
    public String text(String key, Locale locale) {
        return question(key).map(q -> q.text().in(locale)).orElseGet(() -> Translations.get(locale, "scan.question." + key));
    }

    public List<Question> custom(Section section) {
        return questions.stream().filter(q -> !q.builtIn() && q.section() == section).toList();
    }

    /**
     * Checks an edited set against the default one: every required built-in question is there, unchanged in
     * meaning; keys are unique; every text is filled in both languages and not too long.
     *
     * @throws UserError naming the first problem
     */
    public void validate() {
        QuestionSet defaults = defaults();
        Set<String> keys = new HashSet<>();
        for (Question q : questions) {
            if (q.key() == null || !KEY.matcher(q.key().replace(".", "")).matches() || !keys.add(q.key())) {
                throw new UserError("scan.questions.error.key");
            }
            Optional<Question> original = defaults.question(q.key());
            if (q.builtIn()) {
                if (original.isEmpty() || original.get().type() != q.type() || original.get().section() != q.section()
                        || original.get().optional() != q.optional()) {
                    throw new UserError("scan.questions.error.builtIn");
                }
            } else {
                if (original.isPresent() || q.key().contains(".") || q.section() == Section.CONNECTIONS) {
                    throw new UserError("scan.questions.error.key");
                }
                if (q.type() == Type.CHOICE && (q.choices().size() < 2 || q.choices().size() > 10)) {
                    throw new UserError("scan.questions.error.choices");
                }
                q.choices().forEach(QuestionSet::requireText);
            }
            requireText(q.text());
            if (!q.builtIn()) {
                // the one rule for names (DepartmentNames) holds for the advisor's own texts, as for theme labels
                requireVisible(q.text());
                q.choices().forEach(QuestionSet::requireVisible);
            }
        }
        for (Question d : defaults.questions()) {
            if (!d.optional() && !keys.contains(d.key())) {
                throw new UserError("scan.questions.error.required");
            }
        }
        if (questions.stream().filter(q -> !q.builtIn()).count() > MAX_CUSTOM_QUESTIONS) {
            throw new UserError("scan.questions.error.tooMany", MAX_CUSTOM_QUESTIONS);
        }
        if (themes.size() > MAX_THEMES) {
            throw new UserError("scan.questions.error.tooManyThemes", MAX_THEMES);
        }
        Set<String> themeKeys = new HashSet<>();
        for (Theme t : themes) {
            if (t.key() == null || !KEY.matcher(t.key()).matches() || !themeKeys.add(t.key().toLowerCase(Locale.ROOT))) {
                throw new UserError("scan.questions.error.themeKey");
            }
            requireText(t.label());
            if (DepartmentNames.hasInvisibleCharacter(t.label().en()) || DepartmentNames.hasInvisibleCharacter(t.label().nl())) {
                throw new UserError("scan.questions.error.invisible");
            }
        }
    }

    private static void requireText(LocalText text) {
        if (text == null || isBlank(text.en()) || isBlank(text.nl())) {
            throw new UserError("scan.questions.error.text");
        }
        if (text.en().length() > MAX_TEXT || text.nl().length() > MAX_TEXT) {
            throw new UserError("scan.questions.error.textLong", MAX_TEXT);
        }
    }

    private static void requireVisible(LocalText text) {
        if (DepartmentNames.hasInvisibleCharacter(text.en()) || DepartmentNames.hasInvisibleCharacter(text.nl())) {
            throw new UserError("anon.questions.error.invisible");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A fresh key for a question or theme an advisor adds ({@code prefix} followed by a number). */
    public String newKey(String prefix) {
        Set<String> used = new HashSet<>();
        questions.forEach(q -> used.add(q.key()));
        themes.forEach(t -> used.add(t.key()));
        for (int i = 1; ; i++) {
            if (!used.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }
}
