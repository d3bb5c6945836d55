package org.jesr.desk.review.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether a review is archived, asked on every write of anything that belongs to a review. Read with
 * plain JDBC, as it is asked in the middle of Hibernate's flush, on the same connection, so it sees the
 * transaction's own change. Remembered for the rest of the transaction only (an import of 10,000 rows
 * asks once, not 10,000 times); never across transactions, where a restore or another node of a
 * cluster may have changed it.
 */
@Component
public class ReviewArchive {

    private final JdbcTemplate jdbc;
    private final Object key = new Object();

    ReviewArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isArchived(long reviewId) {
        Map<Long, Boolean> known = transactionMemo();
        Boolean archived = known == null ? null : known.get(reviewId);
        if (archived == null) {
            archived = Boolean.TRUE.equals(jdbc.query(
                    "select archived from review where id = ?",
                    rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE,
                    reviewId));
            if (known != null) {
                known.put(reviewId, archived);
            }
        }
        return archived;
    }

    @SuppressWarnings("unchecked")
    private @Nullable Map<Long, Boolean> transactionMemo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Long, Boolean> known = (Map<Long, Boolean>) TransactionSynchronizationManager.getResource(key);
        if (known == null) {
            Map<Long, Boolean> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            known = fresh;
        }
        return known;
    }
}
