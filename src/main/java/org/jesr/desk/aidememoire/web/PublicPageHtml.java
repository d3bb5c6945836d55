package org.jesr.desk.aidememoire.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.agenda.PublicSession;
import org.jesr.desk.agenda.SessionStatus;
import org.jesr.desk.aidememoire.PublishedAideMemoire.FinalVersion;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.Translator;
import org.jesr.desk.recommendation.PublicRecommendation;
import org.jesr.desk.review.Review;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the public page. Every text that people typed (names, titles, recommendations) is escaped;
 * the page has no script and one small inline style sheet, so it prints and loads on any connection.
 */
final class PublicPageHtml {

    private static final String STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;"
            + "padding:1rem;color:#1a1a1a}h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem}"
            + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;"
            + "text-align:start;vertical-align:top}.meta{color:#555}nav a{margin-inline-end:1rem}"
            + "@media print{nav{display:none}a{color:inherit;text-decoration:none}}";

    private PublicPageHtml() {}

    static String render(
            Review review,
            Locale locale,
            List<FinalVersion> versions,
            List<PublicRecommendation> recommendations,
            List<PublicSession> programme,
            Translator t) {
        String dates = t.t(
                "public.dates",
                Formats.date(review.startDate(), locale),
                Formats.date(review.endDate(), locale),
                review.getVenue());
        StringBuilder html = new StringBuilder(16_384 + recommendations.size() * 400);
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>")
                .append(e(review.getName()))
                .append("</title><meta name=\"description\" content=\"")
                .append(e(review.getName() + " — " + dates))
                .append("\">");
        for (String code : review.languageList()) {
            html.append("<link rel=\"alternate\" hreflang=\"")
                    .append(e(code))
                    .append("\" href=\"?lang=")
                    .append(e(code))
                    .append("\">");
        }
        html.append("<style>")
                .append(STYLE)
                .append("</style></head><body><header><h1>")
                .append(e(review.getName()))
                .append("</h1><p class=\"meta\">")
                .append(e(dates))
                .append("</p><nav>");
        for (String code : review.languageList()) {
            html.append("<a href=\"?lang=")
                    .append(e(code))
                    .append("\">")
                    .append(e(Language.orDefault(code)
                            .locale()
                            .getDisplayLanguage(Language.orDefault(code).locale())))
                    .append("</a>");
        }
        html.append("</nav></header><main>");
        aideMemoire(html, review, versions, locale, t);
        recommendations(html, recommendations, locale, t);
        programme(html, programme, review.zone(), locale, t);
        html.append("</main><footer class=\"meta\"><p>")
                .append(e(t.t("public.footer")))
                .append("</p></footer>");
        return html.append("</body></html>").toString();
    }

    private static void aideMemoire(
            StringBuilder html, Review review, List<FinalVersion> versions, Locale locale, Translator t) {
        html.append("<section id=\"aide-memoire\"><h2>")
                .append(e(t.t("public.aide-memoire")))
                .append("</h2>");
        if (versions.isEmpty()) {
            html.append("<p>").append(e(t.t("public.aide-memoire-none"))).append("</p>");
        } else {
            html.append("<ul>");
            for (FinalVersion v : versions) {
                Locale in = Language.orDefault(v.language()).locale();
                html.append("<li><a href=\"/public/reviews/")
                        .append(review.id())
                        .append("/aide-memoire/")
                        .append(v.id())
                        .append(".pdf\" hreflang=\"")
                        .append(e(v.language()))
                        .append("\">")
                        .append(e(t.t(
                                "public.aide-memoire-pdf",
                                in.getDisplayLanguage(locale),
                                v.number(),
                                Formats.dateTime(v.frozenAt(), review.zone(), locale))))
                        .append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</section>");
    }

    private static void recommendations(
            StringBuilder html, List<PublicRecommendation> rows, Locale locale, Translator t) {
        html.append("<section id=\"recommendations\"><h2>")
                .append(e(t.t("public.recommendations")))
                .append("</h2>");
        if (rows.isEmpty()) {
            html.append("<p>").append(e(t.t("public.recommendations-none"))).append("</p></section>");
            return;
        }
        html.append("<table><thead><tr><th>")
                .append(e(t.t("accountability.xlsx.number")))
                .append("</th><th>")
                .append(e(t.t("accountability.xlsx.recommendation")))
                .append("</th><th>")
                .append(e(t.t("accountability.xlsx.responsible")))
                .append("</th><th>")
                .append(e(t.t("accountability.xlsx.due")))
                .append("</th><th>")
                .append(e(t.t("accountability.xlsx.status")))
                .append("</th></tr></thead><tbody>");
        for (PublicRecommendation r : rows) {
            html.append("<tr><td>")
                    .append(r.number())
                    .append("</td><td>")
                    .append(e(r.text()))
                    .append("</td><td>")
                    .append(e(r.responsible()))
                    .append("</td><td>")
                    .append(r.due() == null ? "—" : e(Formats.date(r.due(), locale)))
                    .append("</td><td>")
                    .append(e(t.t(r.status().translationKey())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private static void programme(
            StringBuilder html, List<PublicSession> sessions, ZoneId zone, Locale locale, Translator t) {
        html.append("<section id=\"programme\"><h2>")
                .append(e(t.t("public.programme")))
                .append("</h2>");
        Map<LocalDate, StringBuilder> days = new LinkedHashMap<>();
        for (PublicSession s : sessions) {
            StringBuilder day = days.computeIfAbsent(s.start().atZone(zone).toLocalDate(), d -> new StringBuilder());
            day.append("<li>")
                    .append(e(Formats.time(s.start(), zone, locale) + "–" + Formats.time(s.end(), zone, locale)))
                    .append(" · ")
                    .append(e(s.title()));
            if (s.room() != null) {
                day.append(" · ").append(e(s.room()));
            }
            if (s.status() == SessionStatus.CANCELLED || s.status() == SessionStatus.POSTPONED) {
                day.append(" · ").append(e(t.t(s.status().translationKey())));
            }
            day.append("</li>");
        }
        if (days.isEmpty()) {
            html.append("<p>").append(e(t.t("public.programme-none"))).append("</p>");
        }
        days.forEach((date, items) -> html.append("<h3>")
                .append(e(Formats.weekdayDate(date, locale)))
                .append("</h3><ul>")
                .append(items)
                .append("</ul>"));
        html.append("</section>");
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
