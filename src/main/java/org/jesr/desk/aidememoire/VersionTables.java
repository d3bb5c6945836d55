package org.jesr.desk.aidememoire;

import java.util.List;

/**
 * The tables a version carries, frozen with its paragraphs: the agreed recommendations matrix
 * (number, recommendation, responsible body, timeline, plan link, priority) and the indicators
 * (code, indicator, unit, baseline, latest actual, target, status). Cells are safe HTML.
 */
public record VersionTables(List<List<String>> recommendations, List<List<String>> indicators) {

    public static final VersionTables NONE = new VersionTables(List.of(), List.of());
}
