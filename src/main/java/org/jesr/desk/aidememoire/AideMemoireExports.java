package org.jesr.desk.aidememoire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.aidememoire.docx.AideMemoireDocx;
import org.jesr.desk.aidememoire.pdf.AideMemoirePdf;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A frozen version as documents: the PDF for signature (and, through the same model, the
 * other formats). Headings and labels follow the chosen language; the paragraphs are the
 * version's own text.
 */
@Service
public class AideMemoireExports {

    private final AideMemoireService aideMemoires;
    private final ConsultationService consultation;
    private final ReviewService reviews;
    private final AppI18nProvider i18n;

    AideMemoireExports(AideMemoireService aideMemoires, ConsultationService consultation, ReviewService reviews,
                       AppI18nProvider i18n) {
        this.aideMemoires = aideMemoires;
        this.consultation = consultation;
        this.reviews = reviews;
        this.i18n = i18n;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public byte[] pdf(long versionId, String language) {
        return AideMemoirePdf.write(document(versionId, language));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public byte[] docx(long versionId, String language) {
        return AideMemoireDocx.write(document(versionId, language));
    }

    /** The document model every writer renders, with its labels in {@code language}. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public AideMemoireDocument document(long versionId, String language) {
        AideMemoireVersion version = aideMemoires.version(versionId).orElseThrow(() -> new TranslatedException("error.not-found"));
        AideMemoire aideMemoire = aideMemoires.findById(version.getAideMemoireId());
        Review review = reviews.find(aideMemoire.getReviewId()).orElseThrow();
        Locale locale = Locale.of("fr".equals(language) ? "fr" : "en");
        String status = t(locale, version.getStatus().translationKey());
        String versionLabel = t(locale, "am.pdf.version", version.getNumber(), status);
        List<String> cover = List.of(review.getName(),
                t(locale, "am.pdf.dates", date(review.getStartDate(), locale), date(review.getEndDate(), locale), review.getVenue()),
                versionLabel,
                t(locale, "am.pdf.frozen", Formats.dateTime(version.getFrozenAt(), review.zone(), locale)));
        boolean draft = version.getStatus() == AideMemoireStatus.DRAFT || version.getStatus() == AideMemoireStatus.IN_CONSULTATION;
        return new AideMemoireDocument(locale.getLanguage(), t(locale, "am.pdf.title", review.getName()), cover,
                review.getName() + " — " + versionLabel, i18n.getTranslation("am.pdf.page", locale),
                t(locale, "am.pdf.contents"), draft ? t(locale, "am.pdf.watermark", version.getNumber()) : null,
                parts(version, aideMemoires.tables(version), locale), t(locale, "am.pdf.signatures"),
                version.getStatus() == AideMemoireStatus.FINAL ? signatures(aideMemoire, review, locale) : List.of());
    }

    private List<String> signatures(AideMemoire aideMemoire, Review review, Locale locale) {
        return consultation.signOffs(aideMemoire.getId()).stream().map(s -> t(locale, "am-signoff.line",
                t(locale, s.getConstituency().translationKey()), s.getSignatory(), s.getTitle() == null ? "" : " (" + s.getTitle() + ")",
                Formats.dateTime(s.getSignedAt(), review.zone(), locale))).toList();
    }

    private List<AideMemoireDocument.Part> parts(AideMemoireVersion version, VersionTables tables, Locale locale) {
        Map<SectionKey, List<AideMemoireDocument.Numbered>> bySection = new LinkedHashMap<>();
        for (SectionKey key : SectionKey.values()) {
            bySection.put(key, new ArrayList<>());
        }
        List<Paragraph> paragraphs = version.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            bySection.get(paragraphs.get(i).section()).add(new AideMemoireDocument.Numbered(i + 1, paragraphs.get(i).html()));
        }
        List<AideMemoireDocument.Part> parts = new ArrayList<>();
        bySection.forEach((key, numbered) -> {
            List<AideMemoireDocument.TableData> partTables = new ArrayList<>();
            if (key == SectionKey.RECOMMENDATIONS && !tables.recommendations().isEmpty()) {
                partTables.add(matrix(numbered, tables.recommendations(), locale));
            }
            if (key == SectionKey.PERFORMANCE && !tables.indicators().isEmpty()) {
                partTables.add(new AideMemoireDocument.TableData(t(locale, "am.table.indicators"),
                        headers(locale, "code", "indicator", "unit", "baseline", "actual", "target", "status"),
                        new float[] {8, 34, 10, 13, 13, 9, 13}, tables.indicators(), false));
            }
            parts.add(new AideMemoireDocument.Part(t(locale, key.translationKey()), numbered, partTables));
        });
        return parts;
    }

    /**
     * When the section still has one paragraph per agreed recommendation, the matrix takes the
     * paragraphs' place and its first column gives each one's paragraph number, so comments
     * citing a paragraph find it; an edited section keeps its paragraphs and the matrix follows.
     */
    private AideMemoireDocument.TableData matrix(List<AideMemoireDocument.Numbered> numbered, List<List<String>> rows,
                                                 Locale locale) {
        boolean oneEach = numbered.size() == rows.size();
        List<List<String>> withNumbers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(oneEach ? String.valueOf(numbered.get(i).number()) : "");
            row.addAll(rows.get(i));
            withNumbers.add(row);
        }
        return new AideMemoireDocument.TableData(t(locale, "am.table.recommendations"),
                headers(locale, "paragraph", "number", "recommendation", "responsible", "timeline", "plan-link", "priority"),
                new float[] {5, 5, 38, 16, 12, 13, 11}, withNumbers, oneEach);
    }

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> t(locale, "am.column." + k)).toList();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String date(java.time.@org.jspecify.annotations.Nullable LocalDate date, Locale locale) {
        return date == null ? "—" : Formats.date(date, locale);
    }
}
