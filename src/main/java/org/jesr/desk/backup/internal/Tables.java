package org.jesr.desk.backup.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The database's tables read and written through JDBC metadata alone, so that a table added by a
 * future migration is backed up without anyone remembering to add it here. Values travel as JSON
 * types: numbers, booleans, strings; instants as ISO-8601 UTC, dates as ISO dates.
 */
public final class Tables {

    /** Flyway's own bookkeeping is not review data. */
    public static final Set<String> NOT_DATA = Set.of("flyway_schema_history");
    /** Accounts come with the archive but do not make an instance "non-empty" (a fresh one has its first admin). */
    public static final Set<String> ACCOUNTS = Set.of("user_account", "user_account_role");

    public record Column(String name, int type, String typeName) {
        boolean instant() {
            String lower = typeName.toLowerCase(Locale.ROOT);
            return type == Types.TIMESTAMP_WITH_TIMEZONE
                    || lower.contains("timestamptz")
                    || lower.contains("time zone");
        }
    }

    private Tables() {}

    /** Every data table with its columns, parents before children (by foreign keys). */
    public static Map<String, List<Column>> describe(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        String schema = db.getSchema();
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(db.getCatalog(), schema, "%", null)) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                String type = tables.getString("TABLE_TYPE");
                boolean plainTable = "TABLE".equals(type) || "BASE TABLE".equals(type);
                if (plainTable && !NOT_DATA.contains(table.toLowerCase(Locale.ROOT))) {
                    columns.put(table.toLowerCase(Locale.ROOT), new ArrayList<>());
                    parents.put(table.toLowerCase(Locale.ROOT), new LinkedHashSet<>());
                }
            }
        }
        for (String table : columns.keySet()) {
            String actual = actualName(meta, table);
            try (ResultSet rs = meta.getColumns(db.getCatalog(), schema, actual, "%")) {
                while (rs.next()) {
                    columns.get(table)
                            .add(new Column(
                                    rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                                    rs.getInt("DATA_TYPE"),
                                    rs.getString("TYPE_NAME")));
                }
            }
            try (ResultSet keys = meta.getImportedKeys(db.getCatalog(), schema, actual)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        parents.computeIfAbsent(table, t -> new LinkedHashSet<>())
                                .add(parent);
                    }
                }
            }
        }
        Map<String, List<Column>> ordered = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(columns.keySet());
        int stuck = 0;
        while (!pending.isEmpty()) {
            String table = pending.removeFirst();
            if (ordered.keySet()
                    .containsAll(parents.getOrDefault(table, Set.of()).stream()
                            .filter(columns::containsKey)
                            .toList())) {
                ordered.put(table, columns.get(table));
                stuck = 0;
            } else {
                pending.addLast(table);
                if (++stuck > pending.size()) {
                    throw new IllegalStateException("foreign keys form a cycle among " + pending);
                }
            }
        }
        return ordered;
    }

    private static String actualName(DatabaseMetaData meta, String lower) {
        try {
            return meta.storesUpperCaseIdentifiers() ? lower.toUpperCase(Locale.ROOT) : lower;
        } catch (SQLException e) {
            return lower;
        }
    }

    public static long count(Connection db, String table) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from " + table);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row, ordered by the first column (the id, where there is one), as JSON-ready values. */
    public static List<Map<String, @Nullable Object>> rows(Connection db, String table, List<Column> columns)
            throws SQLException {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        try (PreparedStatement query = db.prepareStatement("select " + names + " from " + table + " order by 1");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Map<String, @Nullable Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(columns.get(i).name(), read(rs, i + 1, columns.get(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static @Nullable Object read(ResultSet rs, int index, Column column) throws SQLException {
        Object value = switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getLong(index);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(index);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(index);
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(index);
            case Types.DATE -> {
                LocalDate date = rs.getObject(index, LocalDate.class);
                yield Objects.toString(date, null);
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                if (column.instant()) {
                    OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
                    yield at == null ? null : at.toInstant().toString();
                }
                LocalDateTime at = rs.getObject(index, LocalDateTime.class);
                yield Objects.toString(at, null);
            }
            default -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
    }

    /** Inserts rows read from an archive; every value is converted back by the column's type. */
    public static void insert(
            Connection db, String table, List<Column> columns, List<Map<String, @Nullable Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (PreparedStatement insert =
                db.prepareStatement("insert into " + table + " (" + names + ") values (" + marks + ")")) {
            for (Map<String, @Nullable Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    write(insert, i + 1, columns.get(i), row.get(columns.get(i).name()));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void write(PreparedStatement insert, int index, Column column, @Nullable Object value)
            throws SQLException {
        if (value == null) {
            insert.setNull(index, column.type());
            return;
        }
        switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
                insert.setLong(index, ((Number) value).longValue());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, (Boolean) value);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, ((Number) value).doubleValue());
            case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.toString()));
            case Types.DATE -> insert.setObject(index, LocalDate.parse(value.toString()));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                insert.setObject(
                        index,
                        column.instant()
                                ? OffsetDateTime.ofInstant(Instant.parse(value.toString()), ZoneOffset.UTC)
                                : LocalDateTime.parse(value.toString()));
            default -> insert.setString(index, value.toString());
        }
    }

    /** Identity columns continue after the restored ids, so new rows do not collide with them. */
    public static void restartIdentity(Connection db, String table) throws SQLException {
        long next;
        try (PreparedStatement query = db.prepareStatement("select coalesce(max(id), 0) + 1 from " + table);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        String product = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String sql = product.contains("postgres")
                ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                : "alter table " + table + " alter column id restart with " + next;
        try (PreparedStatement restart = db.prepareStatement(sql)) {
            restart.execute();
        }
    }
}
