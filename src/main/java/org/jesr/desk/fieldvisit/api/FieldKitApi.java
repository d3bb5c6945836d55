package org.jesr.desk.fieldvisit.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.fieldvisit.FieldKitService;
import org.jesr.desk.fieldvisit.KitVisit;
import org.jesr.desk.fieldvisit.KitVisit.KitPhoto;
import org.jesr.desk.fieldvisit.KitVisit.SiteDraft;
import org.jesr.desk.fieldvisit.KitVisit.SiteSync;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Version 1 of the field kit's API. The kit signs in with the app's own session; every write carries
 * the session's CSRF token, which {@code /session} hands out. Refusals come back as
 * {@code {code, message}}, the message in the request's language (see {@link ApiErrors}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class FieldKitApi {

    /** A part of a photo: small enough to get through a weak link between two cuts. */
    static final int MAX_PART_BYTES = 512 * 1024;

    private final FieldKitService kit;
    private final ReviewService reviews;

    FieldKitApi(FieldKitService kit, ReviewService reviews) {
        this.kit = kit;
        this.reviews = reviews;
    }

    record Session(String user, String csrfHeader, String csrfToken) {}

    record SitePut(@Nullable Long baseVersion, @Nullable String recordedBy, SiteDraft site) {}

    record PhotoDone(
            long total,
            boolean childrenVisible,
            boolean consentGiven,
            @Nullable String recordedBy) {}

    @GetMapping("/session")
    Session session(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf == null) {
            throw new IllegalStateException("no CSRF token on an API request");
        }
        return new Session(CurrentUser.name(), csrf.getHeaderName(), csrf.getToken());
    }

    /** The current review's visits the signed-in person may take offline. */
    @GetMapping("/field-visits")
    List<FieldKitService.VisitToTake> visits() {
        return reviews.current()
                .map(review -> kit.visitsToTake(review.id(), review.zone()))
                .orElse(List.of());
    }

    @GetMapping("/field-visits/{visitId}")
    KitVisit visit(@PathVariable long visitId) {
        return kit.download(visitId);
    }

    @PutMapping(path = "/field-visits/{visitId}/sites/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SiteSync> putSite(@PathVariable long visitId, @PathVariable String key, @RequestBody SitePut body) {
        SiteSync sync;
        try {
            sync = kit.putSite(visitId, key, body.baseVersion(), body.site(), body.recordedBy());
        } catch (DataIntegrityViolationException sentTwiceAtOnce) {
            // Two tabs sent the same new site at the same moment; the other one stored it.
            sync = kit.putSite(visitId, key, body.baseVersion(), body.site(), body.recordedBy());
        }
        return ResponseEntity.status(sync.outcome() == SiteSync.Outcome.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.OK)
                .body(sync);
    }

    @GetMapping("/photos/{deviceId}")
    Map<String, Object> photo(@PathVariable String deviceId) {
        long received = kit.photoReceived(deviceId);
        return received < 0 ? Map.of("stored", true, "received", 0) : Map.of("stored", false, "received", received);
    }

    @PutMapping(
            path = "/field-visits/{visitId}/sites/{key}/photos/{deviceId}",
            consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    Map<String, Object> photoPart(
            @PathVariable long visitId,
            @PathVariable String key,
            @PathVariable String deviceId,
            @RequestParam long offset,
            @RequestParam long total,
            HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > MAX_PART_BYTES) {
            throw new TranslatedException("kit.error.part-too-large", MAX_PART_BYTES / 1024);
        }
        byte[] part = request.getInputStream().readNBytes(MAX_PART_BYTES + 1);
        if (part.length > MAX_PART_BYTES) {
            throw new TranslatedException("kit.error.part-too-large", MAX_PART_BYTES / 1024);
        }
        return Map.of("received", kit.receivePhotoPart(visitId, key, deviceId, offset, total, part));
    }

    @PostMapping(
            path = "/field-visits/{visitId}/sites/{key}/photos/{deviceId}/complete",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    KitPhoto completePhoto(
            @PathVariable long visitId,
            @PathVariable String key,
            @PathVariable String deviceId,
            @RequestBody PhotoDone body) {
        return kit.completePhoto(
                visitId, key, deviceId, body.total(), body.childrenVisible(), body.consentGiven(), body.recordedBy());
    }
}
