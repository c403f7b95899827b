package nl.onderstroom.scan;

import java.util.Arrays;
import java.util.List;

import nl.onderstroom.scan.ScanTallies.TextKind;

/**
 * The identity part of the survey, in one place: its three ratings (the "3i": identity, integrity, image) and its five
 * open questions, each with its question key, the key the tallies and the map use, and the text kind its answers
 * are stored as. Everything else (question set, submission, tallies, map, demo) asks here instead of repeating the
 * strings or lining lists up by position.
 */
public final class IdentityQuestions {

    private IdentityQuestions() {
    }

    /** The three identity ratings, in the order they are asked and shown. */
    public enum Rating {
        IDENTITY("identity"), INTEGRITY("integrity"), IMAGE("image");

        private final String tallyKey;

        Rating(String tallyKey) {
            this.tallyKey = tallyKey;
        }

        /** The question key in a question set and in a respondent's answers, e.g. {@code identity.integrity}. */
        public String questionKey() {
            return "identity." + tallyKey;
        }

        /** The key in the tallies' identity counts and in the map's identity comparison, e.g. {@code integrity}. */
        public String tallyKey() {
            return tallyKey;
        }
    }

    /** The five open identity questions, in the order they are asked and shown. */
    public enum Open {
        WHY("identity.why", TextKind.IDENTITY_WHY),
        FOR_WHOM("identity.forWhom", TextKind.IDENTITY_FOR_WHOM),
        GREAT_AT("identity.greatAt", TextKind.IDENTITY_GREAT_AT),
        GOOD_AT("identity.goodAt", TextKind.IDENTITY_GOOD_AT),
        CANNOT("identity.cannot", TextKind.IDENTITY_CANNOT);

        private final String questionKey;
        private final TextKind textKind;

        Open(String questionKey, TextKind textKind) {
            this.questionKey = questionKey;
            this.textKind = textKind;
        }

        public String questionKey() {
            return questionKey;
        }

        /** The kind its answers are stored as. */
        public TextKind textKind() {
            return textKind;
        }
    }

    /** Question keys of the ratings, in order. */
    public static final List<String> RATING_KEYS = Arrays.stream(Rating.values()).map(Rating::questionKey).toList();

    /** Tally keys of the ratings, in order. */
    public static final List<String> TALLY_KEYS = Arrays.stream(Rating.values()).map(Rating::tallyKey).toList();

    /** Question keys of the open questions, in order. */
    public static final List<String> OPEN_KEYS = Arrays.stream(Open.values()).map(Open::questionKey).toList();

    /** Text kinds of the open questions, in order. */
    public static final List<TextKind> OPEN_KINDS = Arrays.stream(Open.values()).map(Open::textKind).toList();
}
