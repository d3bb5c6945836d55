package org.jesr.desk;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Puts a test database back into a known state by rewriting its rows instead of rebuilding it.
 * Flyway clean and migrate took about 100 ms before every integration test, and loading the sample
 * review about a second (issue 20). Both are now done once per database: the migrated schema's
 * identity counters and, once a test first asks for it, the sample's rows, are kept in memory and
 * written back. The schema itself is never touched, so the migrations still build it, once, for real.
 *
 * <p>The rows are read and written with plain JDBC, on H2 and on PostgreSQL alike; foreign keys and
 * triggers (the audit log's append-only one) are switched off for the one connection that rewrites.
 */
public final class DatabaseSnapshots {

    /** The states kept per database (one per Spring context, each with its own in-memory H2). */
    private static final Map<DataSource, Map<String, Snapshot>> KEPT = new IdentityHashMap<>();

    private record Table(String name, List<String> columns, List<Object[]> rows, List<String> identities) {}

    private record Snapshot(List<Table> tables) {}

    private DatabaseSnapshots() {}

    /**
     * Empties every data table and restarts its identities, as a freshly migrated database has them.
     * The first call for a database migrates it from scratch (Flyway clean and migrate).
     */
    public static synchronized void empty(DataSource dataSource, Flyway flyway) {
        Map<String, Snapshot> kept = KEPT.computeIfAbsent(dataSource, d -> new HashMap<>());
        Snapshot empty = kept.get("");
        if (empty != null) {
            try {
                restore(dataSource, empty);
                return;
            } catch (IllegalStateException schemaChanged) {
                // A test cleaned or restored the schema itself: build it again, as before.
                kept.clear();
            }
        }
        flyway.clean();
        flyway.migrate();
        kept.put("", capture(dataSource));
    }

    /**
     * Brings an empty database to the named state: its rows written back when they were kept, or
     * else made by {@code load} and kept for the next test.
     */
    public static synchronized void fromEmpty(DataSource dataSource, String state, BooleanSupplier load) {
        Map<String, Snapshot> kept = KEPT.computeIfAbsent(dataSource, d -> new HashMap<>());
        Snapshot snapshot = kept.get(state);
        if (!isEmpty(dataSource)) {
            return; // what the loader itself does on a database that has a review: nothing
        }
        if (snapshot != null) {
            restore(dataSource, snapshot);
        } else if (load.getAsBoolean()) {
            kept.put(state, capture(dataSource));
        }
    }

    /** Keeps the database's rows as they are now under this name (the Karibu tests' shared sample). */
    public static synchronized void keep(DataSource dataSource, String state) {
        KEPT.computeIfAbsent(dataSource, d -> new HashMap<>()).computeIfAbsent(state, s -> capture(dataSource));
    }

    /** Writes the rows kept under this name back; false when none were kept. */
    public static synchronized boolean restore(DataSource dataSource, String state) {
        Snapshot snapshot = KEPT.getOrDefault(dataSource, Map.of()).get(state);
        if (snapshot == null) {
            return false;
        }
        restore(dataSource, snapshot);
        return true;
    }

    /** The sample loader's own test: no review, organization or account yet. */
    private static boolean isEmpty(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select (select count(*) from review)"
                        + " + (select count(*) from organization) + (select count(*) from user_account)")) {
            result.next();
            return result.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Snapshot capture(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            List<Table> tables = new ArrayList<>();
            for (String table : dataTables(connection)) {
                tables.add(read(connection, table));
            }
            return new Snapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the test database's rows", e);
        }
    }

    private static Table read(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            while (result.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = detached(result.getObject(i + 1));
                }
                rows.add(row);
            }
        }
        return new Table(table, columns, rows, identities(connection, table));
    }

    /** LOB handles die with their connection: keep their content. */
    private static Object detached(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    private static void restore(DataSource dataSource, Snapshot snapshot) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        postgres ? "set session_replication_role = replica" : "set referential_integrity false");
                if (postgres) {
                    statement.execute("truncate table "
                            + String.join(
                                    ", ",
                                    snapshot.tables().stream().map(Table::name).toList()));
                } else {
                    for (Table table : snapshot.tables()) {
                        statement.execute("truncate table " + table.name());
                    }
                }
                for (Table table : snapshot.tables()) {
                    insert(connection, table);
                    restartIdentities(statement, table, postgres);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // Referential integrity is a database setting in H2, not the transaction's.
                try (Statement statement = connection.createStatement()) {
                    statement.execute(
                            postgres ? "set session_replication_role = default" : "set referential_integrity true");
                }
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not put the test database back", e);
        }
    }

    private static void insert(Connection connection, Table table) throws SQLException {
        if (table.rows().isEmpty()) {
            return;
        }
        String sql = "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                + String.join(", ", table.columns().stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : table.rows()) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Identities continue after the highest id written back, as they did after the original inserts. */
    private static void restartIdentities(Statement statement, Table table, boolean postgres) throws SQLException {
        for (String column : table.identities()) {
            long next = 1;
            int position = table.columns().indexOf(column);
            for (Object[] row : table.rows()) {
                next = Math.max(next, ((Number) row[position]).longValue() + 1);
            }
            if (postgres) {
                statement.execute("select setval(pg_get_serial_sequence('" + table.name() + "', '" + column + "'), "
                        + next + ", false)");
            } else {
                statement.execute("alter table " + table.name() + " alter column " + column + " restart with " + next);
            }
        }
    }

    private static List<String> dataTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select lower(table_name) from information_schema.tables"
                        + " where lower(table_schema) = lower(current_schema) and table_type = 'BASE TABLE'"
                        + " order by 1")) {
            while (result.next()) {
                String table = result.getString(1);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static List<String> identities(Connection connection, String table) throws SQLException {
        Map<String, Boolean> columns = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select lower(column_name) from"
                + " information_schema.columns where lower(table_schema) = lower(current_schema)"
                + " and lower(table_name) = ? and is_identity = 'YES'")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    columns.put(result.getString(1), true);
                }
            }
        }
        return List.copyOf(columns.keySet());
    }
}
