package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database as the application configures it writes no trace file: H2's default trace file
 * ({@code onderstroom.trace.db}, mode 0644) keeps every database error with the values of the statement.
 */
class H2TraceFileTest {

    private static final String STORY = "Onderstroom-h2-verhaal-b81f";

    static String configuredUrl(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2TraceFileTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url")
                .replace("${ONDERSTROOM_DATA_DIR:./data}", dataDir.toString());
    }

    /** Makes the database fail on a statement carrying the story, as an overflowing story did. */
    private static void failWithTheStory(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table t (text varchar(20) not null)");
            }
            SQLException error = catchThrowableOfType(SQLException.class, () -> {
                try (PreparedStatement p = c.prepareStatement("insert into t values (?)")) {
                    p.setString(1, STORY + " " + "x".repeat(40));
                    p.execute();
                }
            });
            assertThat(error.getMessage()).as("the error quotes the story").contains(STORY);
        }
    }

    private static String allFiles(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(file.getFileName()).append('\n')
                        .append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void the_configured_database_keeps_no_trace_of_a_failed_statement(@TempDir Path data) throws Exception {
        String url = configuredUrl(data);
        assertThat(url).contains("TRACE_LEVEL_FILE=0");

        failWithTheStory(url);

        assertThat(allFiles(data)).doesNotContain(STORY).doesNotContain(".trace.db");
    }

    @Test
    void without_the_setting_h2_would_keep_it_so_the_check_above_can_fail(@TempDir Path data) throws Exception {
        String url = configuredUrl(data).replace(";TRACE_LEVEL_FILE=0", "");

        failWithTheStory(url);

        assertThat(allFiles(data)).contains(".trace.db").contains(STORY);
    }
}
