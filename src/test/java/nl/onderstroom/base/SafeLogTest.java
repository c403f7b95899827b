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
}
