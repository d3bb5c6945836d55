package org.jesr.desk.fieldvisit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the field kit keeps on the device for one visit: the visit, its team, the checklist revisions
 * its records use, and its sites as they were when downloaded.
 */
public record KitVisit(
        long visitId,
        long sessionId,
        long reviewId,
        String title,
        Instant start,
        Instant end,
        String zone,
        @Nullable String departurePlace,
        @Nullable Instant departureAt,
        List<String> team,
        int checklistRevision,
        List<Checklist> checklists,
        List<KitSite> sites,
        String user,
        Instant downloadedAt) {

    /**
     * A site as the kit knows it. The key is the device's id for a site the kit made, or "s" and the
     * server's id for one made on screen; the version is what a change is based on.
     */
    public record KitSite(String key, long version, SiteDraft site, List<KitPhoto> photos) {}

    public record KitPhoto(long id, @Nullable String deviceId) {}

    /** What a member records about a site; the kit sends it whole. */
    public record SiteDraft(
            String name,
            SiteKind kind,
            String district,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Double positionAccuracy,
            @Nullable Instant observedAt,
            @Nullable Integer pupilsEnrolled,
            @Nullable Integer pupilsPresent,
            @Nullable Integer teachersPresent,
            int checklistRevision,
            Map<String, String> answers,
            @Nullable String notes) {

        public SiteDraft {
            // A kit's JSON may leave these out; Jackson then passes null whatever the types say.
            name = Objects.requireNonNullElse(name, "");
            kind = Objects.requireNonNullElse(kind, SiteKind.SCHOOL);
            district = Objects.requireNonNullElse(district, "");
            answers = Map.copyOf(Objects.requireNonNullElse(answers, Map.of()));
            notes = notes == null || notes.isBlank() ? null : notes;
        }

        public static SiteDraft of(Site site) {
            return new SiteDraft(
                    site.getName(),
                    site.getKind(),
                    site.getDistrict(),
                    site.getLatitude(),
                    site.getLongitude(),
                    site.getPositionAccuracy(),
                    site.getObservedAt(),
                    site.getPupilsEnrolled(),
                    site.getPupilsPresent(),
                    site.getTeachersPresent(),
                    site.getChecklistRevision(),
                    site.getAnswers(),
                    site.getNotes());
        }

        void applyTo(Site site) {
            site.setName(name.strip());
            site.setKind(kind);
            site.setDistrict(district.strip());
            site.setLatitude(latitude);
            site.setLongitude(longitude);
            site.setPositionAccuracy(positionAccuracy);
            site.setObservedAt(observedAt);
            site.setPupilsEnrolled(pupilsEnrolled);
            site.setPupilsPresent(pupilsPresent);
            site.setTeachersPresent(teachersPresent);
            site.setChecklistRevision(checklistRevision);
            site.setAnswers(answers);
            site.setNotes(notes);
        }
    }

    /**
     * What became of a site the kit sent: stored, already there (sent before), or changed on the
     * server since the kit's download, in which case nothing was written and the server's version
     * comes back for the member to merge.
     */
    public record SiteSync(Outcome outcome, KitSite site) {

        public enum Outcome {
            STORED,
            ALREADY_STORED,
            CONFLICT
        }
    }
}
