package org.jesr.desk.aidememoire;

import java.util.List;

/**
 * The slides for the ministerial conference, every text already translated and plain (the
 * writer prints it as text). Built from a validated or final version of the aide-memoire.
 */
public record MinisterialPack(
        String language,
        String title,
        List<String> subtitle,
        String footer,
        String keyMessagesTitle,
        List<String> keyMessages,
        String highlightsTitle,
        List<String> legend,
        List<VersionTables.ThemeStatus> themes,
        String recommendationsTitle,
        List<TopRecommendation> recommendations,
        String nextStepsTitle,
        List<String> nextSteps) {

    public record TopRecommendation(String text, String responsible, String priority) {}
}
