package org.jesr.desk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.OptionalDouble;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One row of the financial report; see {@link FinanceSection} for what planned and actual mean. */
@Entity
@Table(name = "finance_line")
public class FinanceLine extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FinanceSection section = FinanceSection.SPENDING;

    @Column(name = "fiscal_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 160)
    private String label = "";

    @Column(nullable = false, length = 40)
    private String unit = "";

    @Column(nullable = false)
    private double planned;

    private @Nullable Double actual;

    protected FinanceLine() {}

    public FinanceLine(
            long reviewId,
            FinanceSection section,
            int year,
            String label,
            String unit,
            double planned,
            @Nullable Double actual) {
        this.reviewId = reviewId;
        this.section = section;
        this.year = year;
        this.label = label;
        this.unit = unit;
        this.planned = planned;
        this.actual = actual;
    }

    /** Takes the figures of a later file for the same section, year and label. */
    public void updateFrom(FinanceLine newer) {
        this.unit = newer.unit;
        this.planned = newer.planned;
        this.actual = newer.actual;
    }

    /** The line a later file's line updates: same section, year and label (case aside). */
    public boolean sameLineAs(FinanceLine other) {
        return section == other.section && year == other.year && label.equalsIgnoreCase(other.label);
    }

    /** Spending over budget, or disbursement over commitment; empty when nothing was planned. */
    public OptionalDouble rate() {
        return actual == null || planned == 0 ? OptionalDouble.empty() : OptionalDouble.of(actual / planned);
    }

    public long getReviewId() {
        return reviewId;
    }

    public FinanceSection getSection() {
        return section;
    }

    public int getYear() {
        return year;
    }

    public String getLabel() {
        return label;
    }

    public String getUnit() {
        return unit;
    }

    public double getPlanned() {
        return planned;
    }

    public @Nullable Double getActual() {
        return actual;
    }
}
