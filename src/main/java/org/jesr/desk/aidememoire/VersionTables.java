package org.jesr.desk.aidememoire;

import java.util.List;

/**
 * The tables a version carries, frozen with its paragraphs: the agreed recommendations matrix
 * (number, recommendation, responsible body, timeline, plan link, priority) and the indicators
 * (code, indicator, unit, baseline, latest actual, target, status), the statuses by theme, and
 * the top recommendations by priority (text, responsible body, priority). Cells are safe HTML.
 */
public record VersionTables(
        List<List<String>> recommendations,
        List<List<String>> indicators,
        List<ThemeStatus> themes,
        List<List<String>> topRecommendations) {

    /** Indicator statuses of one theme, for the pack's chart. */
    public record ThemeStatus(String theme, long onTrack, long offTrack, long noData) {}
}
