package nl.onderstroom.map;

import java.util.List;

/**
 * How the results came about, so that padding shows in the report: how many responses came by import rather than
 * through a code or an open link, and the departments where more people answered, or more codes were made, than
 * the department has staff.
 *
 * @param anyImported       whether any response came by import
 * @param importedResponses how many came by import; {@code null} when that number is between 1 and k - 1 (it
 *                          would then tell a hidden total)
 * @param openLinkForEveryone whether an open link for the whole organisation was made (anyone holding it could
 *                          answer for any department)
 * @param departments       the departments with a remark, in the order of the department tree
 */
public record ResultsMethod(boolean anyImported, Integer importedResponses, boolean openLinkForEveryone,
                            List<DepartmentRemark> departments) {

    /**
     * A department where the numbers do not add up to its headcount.
     *
     * @param moreResponsesThanHeadcount only for a department shown on the map (a hidden one says nothing)
     * @param codes                      one-time codes made for it
     * @param moreCodesThanHeadcount     codes &gt; headcount (the advisor's own action, shown always)
     * @param openLink                   it had an open link: anyone holding the link could answer for it
     */
    public record DepartmentRemark(long departmentId, String name, int headcount, boolean moreResponsesThanHeadcount,
                                   int codes, boolean moreCodesThanHeadcount, boolean openLink) {
    }

    public static final ResultsMethod NONE = new ResultsMethod(false, 0, false, List.of());
}
