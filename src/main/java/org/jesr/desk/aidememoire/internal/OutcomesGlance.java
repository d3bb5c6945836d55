package org.jesr.desk.aidememoire.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.base.DayGlance;
import org.jesr.desk.base.Translator;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The organizers' Overview lines for the outcomes: whether the wrap-up is closed, where the aide-memoire stands. */
@Component
class OutcomesGlance implements DayGlance {

    private final RecommendationService recommendations;
    private final AideMemoireService aideMemoires;

    OutcomesGlance(RecommendationService recommendations, AideMemoireService aideMemoires) {
        this.recommendations = recommendations;
        this.aideMemoires = aideMemoires;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Line> lines(long reviewId, ZoneId zone, Locale locale, Translator t) {
        if (!CurrentUser.hasRole(AppRoles.ORGANIZER)) {
            return List.of();
        }
        String wrapUp = t.t(recommendations.isClosed(reviewId) ? "glance.wrap-up-closed" : "glance.wrap-up-open");
        String aideMemoire = aideMemoires
                .find(reviewId)
                .map(a -> t.t("glance.aide-memoire", t.t(a.getStatus().translationKey())))
                .orElseGet(() -> t.t("glance.aide-memoire-none"));
        return List.of(
                new Line("wrap-up", wrapUp, "wrap-up", false),
                new Line("aide-memoire", aideMemoire, "aide-memoire", false));
    }
}
