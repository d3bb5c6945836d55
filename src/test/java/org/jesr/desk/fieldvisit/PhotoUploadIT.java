package org.jesr.desk.fieldvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PhotoUploadIT extends IntegrationTest {

    @Autowired
    AgendaService agenda;

    @Autowired
    ReviewService reviews;

    @Autowired
    FieldVisitService visits;

    long sessionId;
    Site site;

    @BeforeEach
    void aSiteOnTheThattaVisit() {
        sampleReviewAsOrganizer();
        sessionId =
                agenda
                        .sessions(
                                reviews.current().orElseThrow().getId(),
                                ZoneId.of("Asia/Karachi"),
                                AgendaFilter.day(null))
                        .stream()
                        .filter(s -> s.getTitle().equals("Field visit: schools in Thatta District"))
                        .findFirst()
                        .orElseThrow()
                        .getId();
        FieldVisit visit = visits.forSession(sessionId);
        Site draft = new Site();
        draft.setFieldVisitId(visit.getId());
        draft.setName("Government Girls Primary School Makli");
        draft.setDistrict("Thatta");
        draft.setPupilsEnrolled(212);
        draft.setPupilsPresent(147);
        site = visits.saveSite(draft);
    }

    @Test
    void location_metadata_is_removed_before_the_photo_is_stored() throws Exception {
        byte[] withGps = jpegWithGps(24.74, 67.92);
        assertThat(((JpegImageMetadata) Imaging.getMetadata(withGps)).getExif().getGpsInfo())
                .isNotNull();

        Photo photo = visits.addPhoto(site.getId(), withGps, false, false);
        byte[] stored = visits.photoBytes(photo.getId());

        assertThat(photo.getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth())
                .isEqualTo(64);
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(stored);
        assertThat(metadata == null
                        || metadata.getExif() == null
                        || metadata.getExif().getGpsInfo() == null)
                .isTrue();
    }

    @Test
    void a_renamed_non_image_is_refused_by_its_content() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> visits.addPhoto(site.getId(), pdf, false, false))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("photo.error.not-an-image");
        assertThat(visits.photos(site.getId())).isEmpty();
    }

    @Test
    void an_oversize_file_is_refused() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;

        assertThatThrownBy(() -> visits.addPhoto(site.getId(), huge, false, false))
                .isInstanceOf(TranslatedException.class)
                .hasMessage("photo.error.too-large");
    }

    @Test
    void a_photo_showing_children_needs_consent() throws Exception {
        assertThatThrownBy(() -> visits.addPhoto(site.getId(), jpegWithGps(24.7, 67.9), true, false))
                .hasMessage("photo.error.consent-required");
        assertThat(visits.addPhoto(site.getId(), jpegWithGps(24.7, 67.9), true, true)
                        .isConsentGiven())
                .isTrue();
    }

    @Test
    void only_the_visit_team_or_an_organizer_records_observations() {
        signInAs("rapporteur", Role.RAPPORTEUR);

        assertThat(visits.canRecord(sessionId)).isFalse();
        assertThatThrownBy(() -> visits.saveSite(site)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_team_mix_check_names_missing_constituencies() {
        assertThat(visits.missingConstituencies(sessionId))
                .as("Thatta team: government, a partner, civil society")
                .isEmpty();
        long plenary = agenda
                .sessions(reviews.current().orElseThrow().getId(), ZoneId.of("Asia/Karachi"), AgendaFilter.day(null))
                .stream()
                .filter(s -> s.getTitle().equals("Closing"))
                .findFirst()
                .orElseThrow()
                .getId();
        assertThat(visits.missingConstituencies(plenary))
                .containsExactlyInAnyOrder(Constituency.DEVELOPMENT_PARTNER, Constituency.CIVIL_SOCIETY);
        assertThat(site.attendanceRate()).isBetween(0.69, 0.70);
    }

    private static byte[] jpegWithGps(double latitude, double longitude)
            throws IOException, org.apache.commons.imaging.ImagingException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(longitude, latitude);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }
}
