package org.jesr.desk.agenda.internal;

import org.jesr.desk.agenda.CalendarService;
import org.jesr.desk.review.ReviewService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the iCalendar feeds to calendar apps, which cannot sign in. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarService calendars;
    private final ReviewService reviews;

    CalendarFeedController(CalendarService calendars, ReviewService reviews) {
        this.calendars = calendars;
        this.reviews = reviews;
    }

    @GetMapping("/ical/review.ics")
    ResponseEntity<String> review() {
        return reviews.current()
                .flatMap(r -> calendars.publicFeed(r.id()))
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/ical/personal/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        return calendars
                .personalFeed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
