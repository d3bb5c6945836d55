package org.jesr.desk.aidememoire.web;

import java.util.Locale;
import org.jesr.desk.aidememoire.CirculationService;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Opens a circulated version from the link one recipient was sent, while that link lives. */
@RestController
class CirculatedLinkController {

    private final CirculationService circulation;
    private final AppI18nProvider i18n;

    CirculatedLinkController(CirculationService circulation, AppI18nProvider i18n) {
        this.circulation = circulation;
        this.i18n = i18n;
    }

    @GetMapping("/circulated/{token}")
    ResponseEntity<?> open(
            @PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        try {
            return circulation
                    .open(token)
                    .<ResponseEntity<?>>map(pdf -> ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_PDF)
                            .cacheControl(CacheControl.noStore())
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.inline()
                                            .filename("aide-memoire.pdf")
                                            .build()
                                            .toString())
                            .body(pdf))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (TranslatedException expired) {
            Locale locale = RequestLanguage.pick(null, accept, Language.codes());
            String text = HtmlUtils.htmlEscape(i18n.getTranslation(expired.key(), locale, expired.args()), "UTF-8");
            return ResponseEntity.status(HttpStatus.GONE)
                    .contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .body("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                            + "<title>" + text + "</title></head><body><p>" + text + "</p></body></html>");
        }
    }
}
