package org.jesr.desk;

import java.time.LocalDate;
import org.jesr.desk.review.Review;

/** Small, valid domain objects for tests that need one but do not care about its details. */
public final class TestData {

    private TestData() {}

    public static Review review(String name, int year) {
        Review review = new Review();
        review.setName(name);
        review.setCountryOrProvince("Sindh");
        review.setYear(year);
        review.setStartDate(LocalDate.of(year, 12, 7));
        review.setEndDate(LocalDate.of(year, 12, 9));
        review.setVenue("Karachi");
        review.setTimeZone("Asia/Karachi");
        return review;
    }
}
