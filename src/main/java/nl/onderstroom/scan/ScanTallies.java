package nl.onderstroom.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregated answers of one scan, for the results (map, matrix, themes, identity). These are RAW counts,
 * below the anonymity threshold too: they must only ever reach a person through the map feature's
 * suppression ({@code nl.onderstroom.map.graph.MapComputation}). Implementations check tenant read access and,
 * as the results screens do, show a director a scan only once it is PUBLISHED (any other is not found). The
 * answers themselves (connections, departments, intended identity, texts, own answers and texts) are not found,
 * for everyone, while a scan is a DRAFT or OPEN ({@link #answersReadable(ScanStatus)}): a caller that skips the map
 * feature still cannot read an open scan's answers and difference them over time. Only the live counts
 * (LiveCountService.responseCounts, under the suppression rule) say anything of an open scan.
 *
 * <p>Array conventions (counts per answer value): flow, importance, inner flow and identity ratings 1..5 at
 * index 0..4; frequency at index {@link Frequency#code()} (NEVER 0 .. DAILY 4); stops at index {@link Stop#code()}
 * (NONE 0 .. BOTH 3);
 * theme intensity 0..4 at index 0..4.
 */
public interface ScanTallies {

    /**
     * The one rule for when a scan's answers may be read, in any form: only once it no longer collects (CLOSED or
     * PUBLISHED). A closed scan takes no more answers, so what is read then never moves again.
     */
    static boolean answersReadable(ScanStatus status) {
        return status == ScanStatus.CLOSED || status == ScanStatus.PUBLISHED;
    }

    /** A scan as results need it. {@code previousScanId} is the earlier wave of the same organisation, if any. */
    record ScanInfo(long id, long organisationId, String name, ScanStatus status, int threshold, int storyThreshold,
                    Long previousScanId, LocalDate closesOn, List<String> themeKeys) {
    }

    /** Respondents of {@code from} who rated {@code to}; from == to is not included (that is inner flow). */
    record ConnectionCount(long from, long to, int respondents, int[] flow, int[] importance, int[] frequency, int[] stops) {
    }

    /** Staff respondents of one department: count, inner-flow ratings, theme intensities, identity (3i) ratings. */
    record DepartmentCount(long departmentId, int respondents, int[] innerFlow, Map<String, int[]> themes,
                           Map<String, int[]> identity) {
    }

    /** The directors' answers to the identity part: the intended identity. Identity keys: identity, integrity, image. */
    record IntendedIdentity(int respondents, Map<String, int[]> identity) {
    }

    /** Kinds of free text a respondent can write. */
    enum TextKind { CONNECTION_STORY, UNDERCURRENT, IDENTITY_WHY, IDENTITY_FOR_WHOM, IDENTITY_GREAT_AT, IDENTITY_GOOD_AT, IDENTITY_CANNOT }

    /**
     * A free-text answer. Not linked to a response. {@code targetDepartmentId} only for connection stories;
     * {@code director} true for directors' identity answers.
     */
    record Text(TextKind kind, long departmentId, Long targetDepartmentId, List<String> themes, String text, boolean director) {
    }

    /**
     * Where a scan's responses came from, for the results' method section (which decides what of it is shown).
     *
     * @param imported            responses that came by import, not through a code or an open link
     * @param codesByDepartment   one-time codes made per department id (printed, downloaded or mailed)
     * @param openLinkDepartments departments with an open link; {@code null} in it: a link for everyone
     */
    record Provenance(int imported, Map<Long, Integer> codesByDepartment, Set<Long> openLinkDepartments) {
    }

    /**
     * Staff answers to one of the advisor's own rating or choice questions in one department: {@code answer} is the
     * stored value (a rating "1".."5", a choice's index from "0"), {@code count} how many gave it. Raw counts, below
     * the threshold too.
     */
    record OwnAnswerCount(long departmentId, String questionKey, String answer, int count) {
    }

    /** A staff member's typed answer to one of the advisor's own text questions; not linked to a response. */
    record OwnText(String questionKey, long departmentId, String text) {
    }

    ScanInfo scan(long scanId);

    Provenance provenance(long scanId);

    /** The advisor's own questions of a scan (not built in), in the order the survey asks them. */
    List<QuestionSet.Question> ownQuestions(long scanId);

    /** Staff answers to the advisor's own rating and choice questions, counted per department and value. */
    List<OwnAnswerCount> ownAnswers(long scanId);

    /** Staff's typed answers to the advisor's own text questions, in an order that says nothing about who or when. */
    List<OwnText> ownTexts(long scanId);

    /** The scans of an organisation, newest first (for picking a wave to compare with). */
    List<ScanInfo> scansOf(long organisationId);

    List<ConnectionCount> connections(long scanId);

    List<DepartmentCount> departments(long scanId);

    IntendedIdentity intendedIdentity(long scanId);

    List<Text> texts(long scanId, TextKind kind);
}
