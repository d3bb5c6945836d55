package org.jesr.desk.fieldvisit.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.fieldvisit.internal.PhotoParts;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal of the API as {@code {code, message}}: the code for the kit to act on, the message
 * in the language the kit asked for (Accept-Language), for the member to read.
 */
@RestControllerAdvice(assignableTypes = FieldKitApi.class)
class ApiErrors {

    private final AppI18nProvider i18n;

    ApiErrors(AppI18nProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(TranslatedException.class)
    ResponseEntity<Map<String, Object>> translated(TranslatedException e, HttpServletRequest request) {
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
        if (e.key().equals("photo.error.too-large") || e.key().equals("kit.error.part-too-large")) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        } else if (e.key().equals("kit.error.other-person")) {
            status = HttpStatus.CONFLICT;
        }
        return refusal(status, e.key(), request, e.args());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        return refusal(HttpStatus.FORBIDDEN, "kit.error.not-on-team", request);
    }

    @ExceptionHandler(PhotoParts.OutOfStep.class)
    ResponseEntity<Map<String, Object>> outOfStep(PhotoParts.OutOfStep e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> refusal =
                refusal(HttpStatus.CONFLICT, "kit.error.photo-out-of-step", request);
        Map<String, Object> body = new LinkedHashMap<>(refusal.getBody() == null ? Map.of() : refusal.getBody());
        body.put("received", e.received());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<Map<String, Object>> concurrent(RuntimeException e, HttpServletRequest request) {
        return refusal(HttpStatus.CONFLICT, "error.concurrent-change", request);
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    ResponseEntity<Map<String, Object>> unreadable(Exception e, HttpServletRequest request) {
        return refusal(HttpStatus.BAD_REQUEST, "kit.error.bad-request", request);
    }

    private ResponseEntity<Map<String, Object>> refusal(
            HttpStatus status, String key, HttpServletRequest request, @Nullable Object... args) {
        Language language = Language.of(request.getLocale().getLanguage()).orElse(Language.DEFAULT);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", key);
        body.put("message", i18n.getTranslation(key, language.locale(), args));
        return ResponseEntity.status(status).body(body);
    }
}
