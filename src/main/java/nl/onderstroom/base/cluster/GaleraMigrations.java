package nl.onderstroom.base.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.LocationScannerCache;
import org.flywaydb.core.internal.scanner.ResourceNameCache;
import org.flywaydb.core.internal.scanner.Scanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets the migrations run on a MariaDB Galera cluster. Galera refuses {@code CREATE SEQUENCE} with a cache ("CACHE
 * without INCREMENT BY 0 in Galera cluster"), and MariaDB caches 1,000 values by default; V1 and V2 create their
 * sequences that way and cannot be edited (they are applied everywhere). When the database says {@code wsrep_on},
 * every {@code create sequence} statement without a cache clause is read with {@code nocache} appended; elsewhere
 * (a single MariaDB, H2) the scripts run as written. A Galera database thus records its own checksums of V1 and V2:
 * a schema moved from a single server onto Galera needs {@code flyway repair} once (docs/scaling.md).
 */
@Component
class GaleraMigrations implements FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(GaleraMigrations.class);
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("(?is)(\\bcreate\\s+sequence\\b[^;]*?)(\\s*;)");

    @Override
    public void customize(FluentConfiguration configuration) {
        if (isGalera(configuration.getDataSource())) {
            log.info("Galera cluster (wsrep_on): sequences are created without a cache");
            configuration.resourceProvider(new NoCacheSequences(configuration));
        }
    }

    /** The statement text with {@code nocache} added to every {@code create sequence} that names no cache. */
    static String withoutSequenceCache(String sql) {
        Matcher m = CREATE_SEQUENCE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String statement = m.group(1);
            String replacement = statement.toLowerCase().matches("(?s).*\\b(no)?cache\\b.*") ? m.group() : statement + " nocache" + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isGalera(DataSource dataSource) {
        if (dataSource == null) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")) {
                return false;
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select @@global.wsrep_on")) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Flyway's own classpath scanner, with SQL scripts read through {@link #withoutSequenceCache}. */
    private static final class NoCacheSequences implements ResourceProvider {

        private final FluentConfiguration configuration;
        private Scanner<JavaMigration> scanner;

        NoCacheSequences(FluentConfiguration configuration) {
            this.configuration = configuration;
        }

        private synchronized Scanner<JavaMigration> scanner() {
            if (scanner == null) {
                scanner = new Scanner<>(JavaMigration.class, false, new ResourceNameCache(), new LocationScannerCache(), configuration);
            }
            return scanner;
        }

        @Override
        public LoadableResource getResource(String name) {
            LoadableResource r = scanner().getResource(name);
            return r == null ? null : new Rewritten(r);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return scanner().getResources(prefix, suffixes).stream().map(r -> (LoadableResource) new Rewritten(r)).toList();
        }
    }

    private static final class Rewritten extends LoadableResource {

        private final LoadableResource original;

        Rewritten(LoadableResource original) {
            this.original = original;
        }

        @Override
        public Reader read() {
            try (Reader in = original.read()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return new StringReader(original.getFilename().toLowerCase().endsWith(".sql")
                        ? withoutSequenceCache(text.toString()) : text.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return original.getAbsolutePath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return original.getAbsolutePathOnDisk();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getRelativePath() {
            return original.getRelativePath();
        }
    }
}
