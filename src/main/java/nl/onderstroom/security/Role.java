package nl.onderstroom.security;

/** What an account may do. Directors see one organisation; advisors the organisations assigned to them. */
public enum Role {
    ADMIN, ADVISOR, DIRECTOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ADVISOR_NAME = "ADVISOR";
    public static final String DIRECTOR_NAME = "DIRECTOR";

    public String authority() {
        return "ROLE_" + name();
    }
}
