package nl.onderstroom.findings;

/** What part of the results a finding or suggestion is about. */
public enum PartKind {
    /** A department ({@link Part#departmentId()}). */
    DEPARTMENT,
    /** A directed connection {@link Part#departmentId()} → {@link Part#targetDepartmentId()}. */
    CONNECTION,
    /** An undercurrent theme ({@link Part#key()}, e.g. {@code trust}). */
    THEME,
    /** An identity (3i) item ({@link Part#key()}: identity, integrity or image). */
    IDENTITY
}
