package nl.onderstroom.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** On Galera, sequences are created without a cache; everything else in the scripts stays as written. */
class GaleraMigrationsTest {

    @Test
    void a_sequence_without_a_cache_clause_gets_nocache_and_nothing_else_changes() {
        String sql = "create sequence a_seq start with 1 increment by 50;\ncreate table t (id bigint primary key);\n"
                + "CREATE SEQUENCE b_seq START WITH 1 INCREMENT BY 50 ;\ncreate sequence c_seq nocache;\n"
                + "create sequence d_seq cache 10;\n";
        assertThat(GaleraMigrations.withoutSequenceCache(sql)).isEqualTo(
                "create sequence a_seq start with 1 increment by 50 nocache;\ncreate table t (id bigint primary key);\n"
                        + "CREATE SEQUENCE b_seq START WITH 1 INCREMENT BY 50 nocache ;\ncreate sequence c_seq nocache;\n"
                        + "create sequence d_seq cache 10;\n");
    }

    @Test
    void every_migration_creates_its_sequences_in_a_way_the_rewrite_covers_and_its_tables_with_a_primary_key() throws IOException {
        Pattern createTable = Pattern.compile("(?is)\\bcreate\\s+table\\s+(\\w+)\\s*\\((.*?)\\);");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted().toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8);
                String rewritten = GaleraMigrations.withoutSequenceCache(sql);
                assertThat(Pattern.compile("(?is)create\\s+sequence\\b[^;]*;").matcher(rewritten).results()
                        .map(r -> r.group().toLowerCase()))
                        .as(file + ": every sequence without a cache on Galera").allMatch(s -> s.contains("nocache"));
                var tables = createTable.matcher(sql);
                while (tables.find()) {
                    assertThat(tables.group(2).toLowerCase()).as(file + ": table " + tables.group(1)
                            + " has a primary key (Galera replicates rows by key)").contains("primary key");
                }
                assertThat(sql.toLowerCase()).as(file + ": Galera does not replicate table locks")
                        .doesNotContain("lock tables").doesNotContain("get_lock");
            }
        }
    }
}
