package org.jesr.desk.browser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads a session's notes straight from a stopped app's database: what was really stored. */
final class NotesDatabase {

    private NotesDatabase() {}

    static String field(RunningApp app, long sessionId, String column) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        try (Connection db = app.database();
                PreparedStatement query = db.prepareStatement(
                        "select " + column.toLowerCase(Locale.ROOT) + " from session_notes where session_id = ?")) {
            query.setLong(1, sessionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
