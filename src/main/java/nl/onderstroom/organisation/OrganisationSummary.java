package nl.onderstroom.organisation;

/** An organisation in a list: its name, its number of departments and their summed headcount. */
public record OrganisationSummary(long id, String name, long departments, long headcount) {
}
