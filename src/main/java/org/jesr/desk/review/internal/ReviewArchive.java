package org.jesr.desk.review.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a review is archived, asked on every write of anything that belongs to a review. Read with
 * plain JDBC, as it is asked in the middle of Hibernate's flush, and on the same connection, so it sees
 * the transaction's own change. Not cached: a primary-key read costs less than a stale answer after a
 * restore or on another node of a cluster.
 */
@Component
public class ReviewArchive {

    private final JdbcTemplate jdbc;

    ReviewArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isArchived(long reviewId) {
        return Boolean.TRUE.equals(jdbc.query("select archived from review where id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, reviewId));
    }
}
