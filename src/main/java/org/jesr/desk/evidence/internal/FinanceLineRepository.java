package org.jesr.desk.evidence.internal;

import java.util.List;
import org.jesr.desk.evidence.FinanceLine;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FinanceLineRepository extends JpaRepository<FinanceLine, Long> {

    List<FinanceLine> findByReviewIdOrderBySectionAscYearAscIdAsc(long reviewId);

    void deleteByReviewId(long reviewId);
}
