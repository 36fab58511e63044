package org.factcheck.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review store on a real PostgreSQL server that the test starts ({@link TestPostgres}) and stops; the tests
 * share its {@code postgres} database.
 */
class PostgresReviewStoreTest extends ReviewStoreContract {
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = TestPostgres.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected JdbcReviewStore open() {
        return JdbcReviewStore.jdbc(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Override
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @Test
    void aContainersDataSourceIsLeftOpen() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcReviewStore onPool = new JdbcReviewStore(pool);
            onPool.save(null, Drafts.check("Une phrase.\n"));
            onPool.close();
            assertFalse(pool.isClosed());
            new JdbcReviewStore(pool).ping();
        }
    }
}
