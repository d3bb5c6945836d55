package org.jesr.desk.evidence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jesr.desk.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An indicator of the performance report, with its baseline, targets and actuals by year. */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(nullable = false, length = 30)
    private String code = "";

    @Column(nullable = false, length = 300)
    private String name = "";

    @Column(nullable = false, length = 40)
    private String unit = "";

    @Column(name = "theme_name", length = 160)
    private @Nullable String theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction = Direction.HIGHER_IS_BETTER;

    @Column(length = 300)
    private @Nullable String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_value", joinColumns = @JoinColumn(name = "indicator_id"))
    private List<IndicatorValue> values = new ArrayList<>();

    public Optional<Double> value(int year, ValueKind kind, String breakdown) {
        return values.stream()
                .filter(v ->
                        v.year() == year && v.kind() == kind && v.breakdown().equals(breakdown))
                .map(IndicatorValue::value)
                .findFirst();
    }

    /** The latest year with an actual total, if any. */
    public Optional<Integer> latestActualYear() {
        return values.stream()
                .filter(v -> v.kind() == ValueKind.ACTUAL && v.breakdown().equals(IndicatorValue.TOTAL))
                .map(IndicatorValue::year)
                .max(Integer::compare);
    }

    public long getReviewId() {
        return reviewId;
    }

    public void setReviewId(long reviewId) {
        this.reviewId = reviewId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public @Nullable String getTheme() {
        return theme;
    }

    public void setTheme(@Nullable String theme) {
        this.theme = theme;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public List<IndicatorValue> getValues() {
        return List.copyOf(values);
    }

    public void addValue(IndicatorValue value) {
        values.add(value);
    }

    /**
     * Takes a later file's description and figures for this indicator: each figure it names (year,
     * kind, breakdown) replaces the one there was, and figures it does not name are kept.
     */
    public void updateFrom(Indicator newer) {
        name = newer.name;
        unit = newer.unit;
        theme = newer.theme;
        direction = newer.direction;
        source = newer.source;
        for (IndicatorValue value : newer.values) {
            values.removeIf(v -> v.year() == value.year()
                    && v.kind() == value.kind()
                    && v.breakdown().equals(value.breakdown()));
            values.add(value);
        }
    }
}
