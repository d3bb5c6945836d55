package org.jesr.desk.aidememoire.internal;

import java.util.ArrayList;
import java.util.List;
import org.jesr.desk.aidememoire.ParagraphChange;

/**
 * Paragraph-by-paragraph differences between two versions. Paragraphs common to both (the
 * longest common subsequence) are unchanged; between two common ones, removed and added
 * paragraphs are paired up as changed, and the rest are added or removed. So a paragraph
 * inserted early does not make every later one look changed although their numbers shift.
 */
public final class ParagraphDiff {

    private ParagraphDiff() {}

    public static List<ParagraphChange> between(List<String> older, List<String> newer) {
        int[][] lcs = new int[older.size() + 1][newer.size() + 1];
        for (int i = older.size() - 1; i >= 0; i--) {
            for (int j = newer.size() - 1; j >= 0; j--) {
                lcs[i][j] = older.get(i).equals(newer.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<ParagraphChange> changes = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < older.size() || j < newer.size()) {
            if (i < older.size() && j < newer.size() && older.get(i).equals(newer.get(j))) {
                flush(removed, added, older, newer, changes);
                i++;
                j++;
            } else if (j < newer.size() && (i == older.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(removed, added, older, newer, changes);
        return changes;
    }

    private static void flush(
            List<Integer> removed,
            List<Integer> added,
            List<String> older,
            List<String> newer,
            List<ParagraphChange> into) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            into.add(new ParagraphChange(
                    ParagraphChange.Kind.CHANGED,
                    removed.get(k) + 1,
                    added.get(k) + 1,
                    older.get(removed.get(k)),
                    newer.get(added.get(k))));
        }
        for (int k = paired; k < removed.size(); k++) {
            into.add(new ParagraphChange(
                    ParagraphChange.Kind.REMOVED, removed.get(k) + 1, null, older.get(removed.get(k)), null));
        }
        for (int k = paired; k < added.size(); k++) {
            into.add(new ParagraphChange(
                    ParagraphChange.Kind.ADDED, null, added.get(k) + 1, null, newer.get(added.get(k))));
        }
        removed.clear();
        added.clear();
    }
}
