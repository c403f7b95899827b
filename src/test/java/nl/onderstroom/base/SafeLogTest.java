package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLogTest {

    @Test
    void an_error_is_described_by_its_types_and_frames_without_any_message() {
        Exception error = new IllegalStateException("wrapper said: secret story",
                new java.sql.SQLException("Duplicate entry 'CODE-1234' for key"));

        String described = SafeLog.describe(error);

        assertThat(described).contains("java.lang.IllegalStateException", "caused by java.sql.SQLException", "at nl.onderstroom")
                .doesNotContain("secret story").doesNotContain("CODE-1234");
    }

    @Test
    void a_database_error_is_described_by_its_sql_state_and_error_code_not_its_message() {
        Exception error = new RuntimeException("PreparedStatementCallback; Duplicate entry 'Mijn verhaal' for key",
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry 'Mijn verhaal' for key", "23000", 1062));

        String described = SafeLog.describe(error);

        assertThat(described).contains("SQLIntegrityConstraintViolationException [SQL state 23000, error code 1062]")
                .doesNotContain("Mijn verhaal");
    }
}
