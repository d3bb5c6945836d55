package org.jesr.desk.aidememoire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jesr.desk.aidememoire.docx.AideMemoireDocx;
import org.jesr.desk.aidememoire.internal.KeyMessages;
import org.jesr.desk.aidememoire.pdf.AideMemoirePdf;
import org.jesr.desk.aidememoire.pdf.MinisterialPackPdf;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A frozen version as documents: the PDF for signature, the Word file and the ministerial pack.
 * The aide-memoire is an official document, so each is made wholly in the version's language,
 * headings, tables and body alike, whoever downloads it (decision 0025): a French reader of an
 * English version used to get French headings over English paragraphs.
 */
@Service
public class AideMemoireExports {

    private final AideMemoireService aideMemoires;
    private final ConsultationService consultation;
    private final ReviewService reviews;
    private final AppI18nProvider i18n;

    AideMemoireExports(
            AideMemoireService aideMemoires,
            ConsultationService consultation,
            ReviewService reviews,
            AppI18nProvider i18n) {
        this.aideMemoires = aideMemoires;
        this.consultation = consultation;
        this.reviews = reviews;
        this.i18n = i18n;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public byte[] pdf(long versionId) {
        return AideMemoirePdf.write(document(versionId));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public byte[] docx(long versionId) {
        return AideMemoireDocx.write(document(versionId));
    }

    /** The ministerial presentation pack, from a validated or final version. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public byte[] pack(long versionId) {
        return MinisterialPackPdf.write(packOf(versionId));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public MinisterialPack packOf(long versionId) {
        AideMemoireVersion version = aideMemoires.version(versionId).orElseThrow(NotFound::new);
        if (version.getStatus() != AideMemoireStatus.VALIDATED && version.getStatus() != AideMemoireStatus.FINAL) {
            throw new TranslatedException("am-pack.error.not-validated");
        }
        AideMemoire aideMemoire = aideMemoires.findById(version.getAideMemoireId());
        Review review = reviews.find(aideMemoire.getReviewId()).orElseThrow();
        Locale locale = Language.orDefault(version.getLanguage()).locale();
        VersionTables tables = aideMemoires.tables(version, locale.getLanguage());
        List<String> messages = aideMemoire.keyMessages().isEmpty()
                ? KeyMessages.onePerSource(
                        version.getParagraphs().stream()
                                .filter(p -> p.section() == SectionKey.FINDINGS)
                                .map(p -> p.html())
                                .toList(),
                        AideMemoireService.MAX_KEY_MESSAGES)
                : aideMemoire.keyMessages();
        return new MinisterialPack(
                locale.getLanguage(),
                review.getName(),
                List.of(
                        t(locale, "am-pack.subtitle"),
                        t(
                                locale,
                                "am.pdf.dates",
                                date(review.getStartDate(), locale),
                                date(review.getEndDate(), locale),
                                review.getVenue()),
                        t(
                                locale,
                                "am.pdf.version",
                                version.getNumber(),
                                t(locale, version.getStatus().translationKey()))),
                review.getName() + " — " + t(locale, "am-pack.subtitle"),
                t(locale, "am-pack.key-messages"),
                messages,
                t(locale, "am-pack.highlights"),
                List.of(
                        t(locale, "indicator-status.on-track"),
                        t(locale, "indicator-status.off-track"),
                        t(locale, "indicator-status.no-data")),
                tables.themes(),
                t(locale, "am-pack.recommendations"),
                tables.topRecommendations().stream()
                        .map(r -> new MinisterialPack.TopRecommendation(text(r.get(0)), text(r.get(1)), text(r.get(2))))
                        .toList(),
                t(locale, "aide-memoire.section.next-steps"),
                plain(version, SectionKey.NEXT_STEPS));
    }

    private static List<String> plain(AideMemoireVersion version, SectionKey key) {
        return version.getParagraphs().stream()
                .filter(p -> p.section() == key)
                .map(p -> text(p.html()))
                .toList();
    }

    private static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /** The document model every writer renders, in the version's language. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public AideMemoireDocument document(long versionId) {
        AideMemoireVersion version = aideMemoires.version(versionId).orElseThrow(NotFound::new);
        AideMemoire aideMemoire = aideMemoires.findById(version.getAideMemoireId());
        Review review = reviews.find(aideMemoire.getReviewId()).orElseThrow();
        Locale locale = Language.orDefault(version.getLanguage()).locale();
        String status = t(locale, version.getStatus().translationKey());
        String versionLabel = t(locale, "am.pdf.version", version.getNumber(), status);
        List<String> cover = List.of(
                review.getName(),
                t(
                        locale,
                        "am.pdf.dates",
                        date(review.getStartDate(), locale),
                        date(review.getEndDate(), locale),
                        review.getVenue()),
                versionLabel,
                t(locale, "am.pdf.frozen", Formats.dateTime(version.getFrozenAt(), review.zone(), locale)));
        boolean draft = version.getStatus() == AideMemoireStatus.DRAFT
                || version.getStatus() == AideMemoireStatus.IN_CONSULTATION;
        return new AideMemoireDocument(
                locale.getLanguage(),
                t(locale, "am.pdf.title", review.getName()),
                cover,
                review.getName() + " — " + versionLabel,
                i18n.getTranslation("am.pdf.page", locale),
                t(locale, "am.pdf.contents"),
                draft ? t(locale, "am.pdf.watermark", version.getNumber()) : null,
                parts(version, aideMemoires.tables(version, locale.getLanguage()), locale),
                t(locale, "am.pdf.signatures"),
                version.getStatus() == AideMemoireStatus.FINAL ? signatures(aideMemoire, review, locale) : List.of());
    }

    private List<String> signatures(AideMemoire aideMemoire, Review review, Locale locale) {
        return consultation.signOffs(aideMemoire.id()).stream()
                .map(s -> t(
                        locale,
                        "am-signoff.line",
                        t(locale, s.getConstituency().translationKey()),
                        s.getSignatory(),
                        s.getTitle() == null ? "" : " (" + s.getTitle() + ")",
                        Formats.dateTime(s.getSignedAt(), review.zone(), locale)))
                .toList();
    }

    private List<AideMemoireDocument.Part> parts(AideMemoireVersion version, VersionTables tables, Locale locale) {
        Map<SectionKey, List<AideMemoireDocument.Numbered>> bySection = new LinkedHashMap<>();
        for (SectionKey key : SectionKey.values()) {
            bySection.put(key, new ArrayList<>());
        }
        List<Paragraph> paragraphs = version.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            bySection
                    .computeIfAbsent(paragraphs.get(i).section(), key -> new ArrayList<>())
                    .add(new AideMemoireDocument.Numbered(
                            i + 1, paragraphs.get(i).html()));
        }
        List<AideMemoireDocument.Part> parts = new ArrayList<>();
        bySection.forEach((key, numbered) -> {
            List<AideMemoireDocument.TableData> partTables = new ArrayList<>();
            if (key == SectionKey.RECOMMENDATIONS && !tables.recommendations().isEmpty()) {
                partTables.add(matrix(numbered, tables.recommendations(), locale));
            }
            if (key == SectionKey.PERFORMANCE && !tables.indicators().isEmpty()) {
                partTables.add(new AideMemoireDocument.TableData(
                        t(locale, "am.table.indicators"),
                        headers(locale, "code", "indicator", "unit", "baseline", "actual", "target", "status"),
                        new float[] {8, 34, 10, 13, 13, 9, 13},
                        tables.indicators(),
                        false));
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
    private AideMemoireDocument.TableData matrix(
            List<AideMemoireDocument.Numbered> numbered, List<List<String>> rows, Locale locale) {
        boolean oneEach = numbered.size() == rows.size();
        List<List<String>> withNumbers = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(oneEach ? String.valueOf(numbered.get(i).number()) : "");
            row.addAll(rows.get(i));
            withNumbers.add(row);
        }
        return new AideMemoireDocument.TableData(
                t(locale, "am.table.recommendations"),
                headers(
                        locale,
                        "paragraph",
                        "number",
                        "recommendation",
                        "responsible",
                        "timeline",
                        "plan-link",
                        "priority"),
                new float[] {5, 5, 38, 16, 12, 13, 11},
                withNumbers,
                oneEach);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> t(locale, "am.column." + k)).toList();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String date(java.time.@Nullable LocalDate date, Locale locale) {
        return date == null ? "—" : Formats.date(date, locale);
    }
}
