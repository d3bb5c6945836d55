package org.jesr.desk.aidememoire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jesr.desk.aidememoire.internal.AideMemoireRepository;
import org.jesr.desk.aidememoire.internal.Drafter;
import org.jesr.desk.aidememoire.internal.ParagraphDiff;
import org.jesr.desk.aidememoire.internal.SafeHtml;
import org.jesr.desk.aidememoire.internal.SectionRepository;
import org.jesr.desk.aidememoire.internal.SignOffRepository;
import org.jesr.desk.aidememoire.internal.VersionRepository;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafting, editing, versions and the status of the aide-memoire. Every change checks the
 * status here, in the service, so a FINAL aide-memoire cannot be changed by any screen or call.
 */
@Service
public class AideMemoireService {

    public static final int MAX_KEY_MESSAGES = 5;

    private final JsonMapper json;
    private static final List<String> TABLE_LANGUAGES = Language.codes();

    /** The review is co-chaired by government and the development partners; both sign the final text. */
    public static final List<Constituency> CO_CHAIRS =
            List.of(Constituency.GOVERNMENT, Constituency.DEVELOPMENT_PARTNER);

    private final AideMemoireRepository aideMemoires;
    private final SignOffRepository signOffs;
    private final SectionRepository sections;
    private final VersionRepository versions;
    private final Drafter drafter;
    private final ReviewService reviews;
    private final Clock clock;
    private final AuditLog audit;

    AideMemoireService(
            AideMemoireRepository aideMemoires,
            SectionRepository sections,
            VersionRepository versions,
            Drafter drafter,
            ReviewService reviews,
            SignOffRepository signOffs,
            Clock clock,
            AuditLog audit,
            JsonMapper json) {
        this.json = json;
        this.audit = audit;
        this.signOffs = signOffs;
        this.aideMemoires = aideMemoires;
        this.sections = sections;
        this.versions = versions;
        this.drafter = drafter;
        this.reviews = reviews;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public Optional<AideMemoire> find(long reviewId) {
        return aideMemoires.findByReviewId(reviewId);
    }

    /** Drafts every section from the data; the review's first language decides the draft's. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AideMemoire create(long reviewId) {
        if (aideMemoires.findByReviewId(reviewId).isPresent()) {
            throw new TranslatedException("aide-memoire.error.exists");
        }
        String language =
                reviews.find(reviewId).map(r -> r.languageList().getFirst()).orElse(Language.DEFAULT.code());
        AideMemoire aideMemoire = aideMemoires.save(new AideMemoire(reviewId, language));
        for (SectionKey key : SectionKey.values()) {
            sections.save(new Section(aideMemoire.id(), key, drafter.draft(reviewId, key, Locale.of(language))));
        }
        audit.record(AuditAction.AIDE_MEMOIRE_CREATED, aideMemoire.getId(), "", language);
        return aideMemoire;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<Section> sections(long aideMemoireId) {
        return sections.findByAideMemoireId(aideMemoireId).stream()
                .sorted(Comparator.comparing(Section::getKey))
                .toList();
    }

    /**
     * Saves an editor's text if the section is still as the editor found it ({@code baseVersion});
     * otherwise nothing is saved and the answer carries the other editor's text for merging.
     * Only bold, italics, underline, breaks and lists survive.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SectionEdit edit(long aideMemoireId, SectionKey key, String text, long baseVersion) {
        requireOpen(aideMemoireId);
        if (text.length() > Section.TEXT_MAX) {
            throw new TranslatedException("aide-memoire.error.too-long", Section.TEXT_MAX);
        }
        TextRules.requireClean(text);
        Section section = section(aideMemoireId, key);
        if (section.getVersion() != baseVersion) {
            return new SectionEdit(false, section);
        }
        String clean = String.join(
                "\n\n",
                Section.paragraphs(text).stream()
                        .map(SafeHtml::clean)
                        .filter(p -> !p.isEmpty())
                        .toList());
        section.setEdited(clean, CurrentUser.name());
        Section saved = sections.saveAndFlush(section);
        audit.record(AuditAction.SECTION_EDITED, aideMemoireId, key.name(), clean);
        return new SectionEdit(true, saved);
    }

    /** A scripted edit over whatever the section holds now (sample data, imports): no one else is editing. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Section edit(long aideMemoireId, SectionKey key, String text) {
        return edit(aideMemoireId, key, text, section(aideMemoireId, key).getVersion())
                .section();
    }

    /**
     * Drafts the section again from today's data. Without a manual edit the new text simply
     * replaces the old; with one, it waits as pending until the editor chooses.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Section regenerate(long aideMemoireId, SectionKey key) {
        AideMemoire aideMemoire = requireOpen(aideMemoireId);
        Section section = section(aideMemoireId, key);
        String fresh = drafter.draft(aideMemoire.getReviewId(), key, Locale.of(aideMemoire.getLanguage()));
        if (section.getEdited() == null) {
            section.setGenerated(fresh);
            section.setPending(null);
        } else {
            section.setPending(fresh.equals(section.getGenerated()) ? null : fresh);
        }
        audit.record(AuditAction.SECTION_REDRAFTED, aideMemoireId, key.name(), null);
        return sections.save(section);
    }

    /** What changed in the data since the section was drafted, paragraph by paragraph. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<ParagraphChange> pendingChanges(long aideMemoireId, SectionKey key) {
        Section section = section(aideMemoireId, key);
        return section.getPending() == null
                ? List.of()
                : ParagraphDiff.between(
                        Section.paragraphs(section.getGenerated()), Section.paragraphs(section.getPending()));
    }

    /** The editor takes the newly drafted text, dropping their edit, or keeps their edit. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Section resolvePending(long aideMemoireId, SectionKey key, boolean takeNewData) {
        requireOpen(aideMemoireId);
        Section section = section(aideMemoireId, key);
        if (section.getPending() != null) {
            section.setGenerated(section.getPending());
            if (takeNewData) {
                section.setEdited(null, null);
            }
            section.setPending(null);
            audit.record(
                    AuditAction.PENDING_RESOLVED, aideMemoireId, key.name(), takeNewData ? "new data" : "kept edit");
        }
        return sections.save(section);
    }

    /** Freezes the current text as the next immutable version. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AideMemoireVersion freeze(long aideMemoireId) {
        return freeze(requireOpen(aideMemoireId));
    }

    private AideMemoireVersion freeze(AideMemoire aideMemoire) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Section section : sections(aideMemoire.id())) {
            section.paragraphs().forEach(p -> paragraphs.add(new Paragraph(section.getKey(), p)));
        }
        int number =
                versions.findByAideMemoireIdOrderByNumberAsc(aideMemoire.id()).size() + 1;
        // Tables are frozen in every language a reader may ask for: their cells (statuses, priorities,
        // numbers) are the app's words, unlike the paragraphs, which keep the language they were drafted in.
        Map<String, VersionTables> byLanguage = new LinkedHashMap<>();
        for (String language : TABLE_LANGUAGES) {
            byLanguage.put(language, drafter.tables(aideMemoire.getReviewId(), Locale.of(language)));
        }
        String tables = json.writeValueAsString(byLanguage);
        audit.record(
                AuditAction.VERSION_FROZEN,
                aideMemoire.getId(),
                "v" + number,
                aideMemoire.getStatus().name());
        return versions.save(new AideMemoireVersion(
                aideMemoire.id(),
                number,
                aideMemoire.getStatus(),
                clock.instant(),
                CurrentUser.name(),
                aideMemoire.getLanguage(),
                paragraphs,
                tables));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<AideMemoireVersion> versions(long aideMemoireId) {
        return versions.findByAideMemoireIdOrderByNumberAsc(aideMemoireId);
    }

    /** Up to five key messages for the ministerial pack, one per line. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AideMemoire setKeyMessages(long aideMemoireId, String text) {
        AideMemoire aideMemoire = requireOpen(aideMemoireId);
        TextRules.requireClean(text);
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_KEY_MESSAGES || lines.stream().anyMatch(l -> l.length() > 300)) {
            throw new TranslatedException("am-pack.error.messages", MAX_KEY_MESSAGES, 300);
        }
        aideMemoire.setKeyMessages(lines.isEmpty() ? null : String.join("\n", lines));
        audit.record(AuditAction.KEY_MESSAGES_EDITED, aideMemoireId, "", String.join("\n", lines));
        return aideMemoires.save(aideMemoire);
    }

    /**
     * The tables frozen with a version, in the reader's language. Versions frozen before tables were
     * kept per language hold one set, in the drafting language, and give it whatever is asked.
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    public VersionTables tables(AideMemoireVersion version, String language) {
        JsonNode stored = json.readTree(version.getTablesJson());
        if (stored.has("recommendations")) {
            return json.treeToValue(stored, VersionTables.class);
        }
        JsonNode tables = stored.has(language) ? stored.get(language) : stored.get(TABLE_LANGUAGES.getFirst());
        return json.treeToValue(tables, VersionTables.class);
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public Optional<AideMemoireVersion> version(long versionId) {
        return versions.findById(versionId);
    }

    /**
     * Changes the language the sections are drafted in; sections without a manual edit are
     * drafted again at once, edited ones get the new draft as pending.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AideMemoire setLanguage(long aideMemoireId, String language) {
        AideMemoire aideMemoire = requireOpen(aideMemoireId);
        aideMemoire.setLanguage(Language.orDefault(language).code());
        audit.record(AuditAction.LANGUAGE_CHANGED, aideMemoireId, "", aideMemoire.getLanguage());
        aideMemoires.save(aideMemoire);
        for (SectionKey key : SectionKey.values()) {
            regenerate(aideMemoireId, key);
        }
        return aideMemoire;
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<ParagraphChange> compare(long olderVersionId, long newerVersionId) {
        return ParagraphDiff.between(html(olderVersionId), html(newerVersionId));
    }

    /**
     * Moves the status one step on. Going into consultation and becoming final each freeze a
     * version, so what was circulated and what was signed can always be shown again.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public AideMemoire moveTo(long aideMemoireId, AideMemoireStatus next) {
        AideMemoire aideMemoire = requireOpen(aideMemoireId);
        if (!aideMemoire.getStatus().canMoveTo(next)) {
            throw new TranslatedException("aide-memoire.error.transition");
        }
        if (next == AideMemoireStatus.FINAL) {
            var signed = signOffs.findByAideMemoireIdOrderByIdAsc(aideMemoireId).stream()
                    .map(SignOff::getConstituency)
                    .toList();
            if (!signed.containsAll(CO_CHAIRS)) {
                throw new TranslatedException("am-signoff.error.missing");
            }
        }
        audit.record(AuditAction.STATUS_CHANGED, aideMemoireId, "", aideMemoire.getStatus() + " → " + next);
        aideMemoire.setStatus(next);
        aideMemoire = aideMemoires.save(aideMemoire);
        if (next == AideMemoireStatus.IN_CONSULTATION || next == AideMemoireStatus.FINAL) {
            freeze(aideMemoire);
        }
        return aideMemoire;
    }

    private List<String> html(long versionId) {
        return versions.findById(versionId).orElseThrow(NotFound::new).getParagraphs().stream()
                .map(Paragraph::html)
                .toList();
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public AideMemoire findById(long aideMemoireId) {
        return aideMemoires.findById(aideMemoireId).orElseThrow(NotFound::new);
    }

    private AideMemoire requireOpen(long aideMemoireId) {
        AideMemoire aideMemoire = aideMemoires.findById(aideMemoireId).orElseThrow(NotFound::new);
        if (aideMemoire.getStatus() == AideMemoireStatus.FINAL) {
            throw new TranslatedException("aide-memoire.error.final");
        }
        return aideMemoire;
    }

    private Section section(long aideMemoireId, SectionKey key) {
        return sections.findByAideMemoireIdAndKey(aideMemoireId, key).orElseThrow(NotFound::new);
    }
}
