package org.jesr.desk.aidememoire.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.aidememoire.AideMemoireExports;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireVersion;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.review.ReviewRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A review's aide-memoire, its latest frozen version, one click away from the list of reviews. */
@Component
@Order(10)
class AideMemoireRecords implements ReviewRecords {

    private final AideMemoireService aideMemoires;
    private final AideMemoireExports exports;
    private final AppI18nProvider i18n;

    AideMemoireRecords(AideMemoireService aideMemoires, AideMemoireExports exports, AppI18nProvider i18n) {
        this.aideMemoires = aideMemoires;
        this.exports = exports;
        this.i18n = i18n;
    }

    @Override
    public List<Record> records(long reviewId, Locale locale) {
        return aideMemoires
                .find(reviewId)
                .flatMap(am -> aideMemoires.versions(am.id()).stream()
                        .max(Comparator.comparingInt(AideMemoireVersion::getNumber)))
                .map(version -> List.of(new Record(
                        i18n.getTranslation(
                                "review.record.aide-memoire",
                                locale,
                                version.getNumber(),
                                i18n.getTranslation(version.getStatus().translationKey(), locale)),
                        "aide-memoire-v" + version.getNumber() + ".pdf",
                        "application/pdf",
                        () -> exports.pdf(version.id()))))
                .orElse(List.of());
    }
}
