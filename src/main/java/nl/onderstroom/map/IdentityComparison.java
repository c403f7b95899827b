package nl.onderstroom.map;

import java.util.List;

import nl.onderstroom.scan.ScanTallies;

/**
 * Intended identity (what the directors answered) against perceived identity (what the staff answered).
 *
 * @param rows  one row per identity key ({@link MapService#IDENTITY_KEYS}, in that order)
 * @param words the recurring words of the open identity answers, one entry per question
 */
public record IdentityComparison(List<Row> rows, List<QuestionWords> words) {

    public IdentityComparison {
        rows = List.copyOf(rows);
        words = List.copyOf(words);
    }

    /**
     * @param key       identity, integrity or image
     * @param intended  the directors' mean 1..5, {@code null} with fewer than k answers
     * @param perceived the staff's mean 1..5 pooled over shown departments, {@code null} when none is shown
     */
    public record Row(String key, Double intended, Double perceived) {

        /** perceived - intended, when both are shown. */
        public Double gap() {
            return intended == null || perceived == null ? null : perceived - intended;
        }
    }

    /**
     * @param question  the open identity question
     * @param intended  recurring words in the directors' answers; {@code null} with fewer answers than the story
     *                  threshold
     * @param perceived recurring words in the staff's answers; {@code null} likewise
     */
    public record QuestionWords(ScanTallies.TextKind question, List<RecurringWord> intended,
                                List<RecurringWord> perceived) {
    }
}
