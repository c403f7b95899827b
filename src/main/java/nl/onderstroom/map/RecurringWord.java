package nl.onderstroom.map;

/**
 * A word that recurs in the open answers to one question.
 *
 * @param word    the form people wrote most often (lower case), e.g. "klanten" for the stem "klant"
 * @param answers in how many answers the word (any form of it) occurs
 */
public record RecurringWord(String word, int answers) {
}
