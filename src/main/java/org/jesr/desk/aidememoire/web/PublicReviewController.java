package org.jesr.desk.aidememoire.web;

import java.time.Duration;
import java.util.Locale;
import org.jesr.desk.agenda.CalendarService;
import org.jesr.desk.aidememoire.PublishedAideMemoire;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.review.ReviewService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review's public page: plain HTML, no script, no sign-in, cacheable and printable, for search
 * engines and for people on slow connections. Off unless the organizers turned it on; a review
 * without it answers 404, exactly like one that does not exist.
 */
@RestController
class PublicReviewController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final CacheControl FIVE_MINUTES =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ReviewService reviews;
    private final PublishedAideMemoire aideMemoire;
    private final AccountabilityService accountability;
    private final CalendarService calendar;
    private final AppI18nProvider i18n;

    PublicReviewController(
            ReviewService reviews,
            PublishedAideMemoire aideMemoire,
            AccountabilityService accountability,
            CalendarService calendar,
            AppI18nProvider i18n) {
        this.reviews = reviews;
        this.aideMemoire = aideMemoire;
        this.accountability = accountability;
        this.calendar = calendar;
        this.i18n = i18n;
    }

    @GetMapping("/public/reviews/{reviewId}")
    ResponseEntity<String> page(
            @PathVariable long reviewId,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return reviews.publicReview(reviewId)
                .map(review -> {
                    Locale locale = RequestLanguage.pick(lang, accept, review.languageList());
                    String html = PublicPageHtml.render(
                            review,
                            locale,
                            aideMemoire.finalVersions(reviewId),
                            accountability.publicRegister(reviewId),
                            calendar.publicProgramme(reviewId),
                            (key, args) -> i18n.getTranslation(key, locale, args));
                    return ResponseEntity.ok()
                            .contentType(HTML)
                            .cacheControl(FIVE_MINUTES)
                            .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                            .body(html);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/public/reviews/{reviewId}/aide-memoire/{versionId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long reviewId, @PathVariable long versionId) {
        return aideMemoire
                .pdf(reviewId, versionId)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(FIVE_MINUTES)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename("aide-memoire-" + reviewId + "-v" + versionId + ".pdf")
                                        .build()
                                        .toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
