package org.jesr.desk.aidememoire;

import java.time.Clock;
import java.util.List;
import org.jesr.desk.aidememoire.internal.CirculationRepository;
import org.jesr.desk.aidememoire.internal.CommentRepository;
import org.jesr.desk.aidememoire.internal.SignOffRepository;
import org.jesr.desk.aidememoire.internal.VersionRepository;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.security.AppRoles;
import org.jesr.desk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation: comments on the numbered paragraphs of the version in circulation and
 * the secretariat's answers, the circulation log, and the co-chairs' sign-off.
 */
@Service
public class ConsultationService {

    private final AideMemoireService aideMemoires;
    private final VersionRepository versions;
    private final CommentRepository comments;
    private final CirculationRepository circulations;
    private final SignOffRepository signOffs;
    private final Clock clock;

    ConsultationService(
            AideMemoireService aideMemoires,
            VersionRepository versions,
            CommentRepository comments,
            CirculationRepository circulations,
            SignOffRepository signOffs,
            Clock clock) {
        this.aideMemoires = aideMemoires;
        this.versions = versions;
        this.comments = comments;
        this.circulations = circulations;
        this.signOffs = signOffs;
        this.clock = clock;
    }

    /** Comments are taken while the aide-memoire is in consultation, on its latest version only. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional
    public ParagraphComment comment(long versionId, int paragraphNumber, String text) {
        AideMemoireVersion version = version(versionId);
        AideMemoire aideMemoire = aideMemoires.findById(version.getAideMemoireId());
        List<AideMemoireVersion> all = versions.findByAideMemoireIdOrderByNumberAsc(aideMemoire.id());
        if (aideMemoire.getStatus() != AideMemoireStatus.IN_CONSULTATION
                || all.getLast().id() != versionId) {
            throw new TranslatedException("am-comment.error.closed");
        }
        TextRules.requireClean(text);
        if (paragraphNumber < 1 || paragraphNumber > version.getParagraphs().size()) {
            throw new TranslatedException(
                    "am-comment.error.paragraph", version.getParagraphs().size());
        }
        String body = text.strip();
        if (body.isEmpty() || body.length() > ParagraphComment.BODY_MAX) {
            throw new TranslatedException("am-comment.error.body", ParagraphComment.BODY_MAX);
        }
        return comments.save(
                new ParagraphComment(versionId, paragraphNumber, CurrentUser.name(), body, clock.instant()));
    }

    /** Organizers see every comment; a contributor sees their own and the answers to them. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<ParagraphComment> comments(long versionId) {
        List<ParagraphComment> all = comments.findByVersionIdOrderByParagraphNumberAscIdAsc(versionId);
        return CurrentUser.hasRole(AppRoles.ORGANIZER)
                ? all
                : all.stream()
                        .filter(c -> c.getAuthor().equals(CurrentUser.name()))
                        .toList();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ParagraphComment resolve(long commentId, CommentResolution resolution, @Nullable String reply) {
        ParagraphComment comment = comments.findById(commentId).orElseThrow(NotFound::new);
        if (aideMemoires
                        .findById(version(comment.getVersionId()).getAideMemoireId())
                        .getStatus()
                == AideMemoireStatus.FINAL) {
            throw new TranslatedException("aide-memoire.error.final");
        }
        String clean = reply == null ? null : reply.strip();
        if (clean != null && clean.length() > ParagraphComment.REPLY_MAX) {
            throw new TranslatedException("am-comment.error.reply", ParagraphComment.REPLY_MAX);
        }
        comment.resolve(resolution, clean == null || clean.isEmpty() ? null : clean, CurrentUser.name());
        return comments.save(comment);
    }

    /** Logs a circulation; a final version is circulated too, for action and for the ministers. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Circulation circulate(long versionId, String recipients, CirculationPurpose purpose) {
        version(versionId);
        String to = recipients.strip();
        if (to.isEmpty() || to.length() > Circulation.RECIPIENTS_MAX) {
            throw new TranslatedException("am-circulation.error.recipients", Circulation.RECIPIENTS_MAX);
        }
        return circulations.save(new Circulation(versionId, to, purpose, clock.instant(), CurrentUser.name()));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<Circulation> circulations(long aideMemoireId) {
        return circulations.findByVersionIdInOrderBySentAtAscIdAsc(
                versions.findByAideMemoireIdOrderByNumberAsc(aideMemoireId).stream()
                        .map(AideMemoireVersion::getId)
                        .toList());
    }

    /** A co-chair signs the validated text for their constituency; the final version carries it. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public SignOff signOff(long aideMemoireId, Constituency constituency, String signatory, @Nullable String title) {
        if (aideMemoires.findById(aideMemoireId).getStatus() != AideMemoireStatus.VALIDATED) {
            throw new TranslatedException("am-signoff.error.not-validated");
        }
        String name = signatory.strip();
        if (name.isEmpty() || name.length() > 200 || (title != null && title.length() > 200)) {
            throw new TranslatedException("am-signoff.error.name");
        }
        return signOffs.save(new SignOff(
                aideMemoireId,
                constituency,
                name,
                title == null || title.isBlank() ? null : title.strip(),
                clock.instant(),
                CurrentUser.name()));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<SignOff> signOffs(long aideMemoireId) {
        return signOffs.findByAideMemoireIdOrderByIdAsc(aideMemoireId);
    }

    private AideMemoireVersion version(long versionId) {
        return versions.findById(versionId).orElseThrow(NotFound::new);
    }
}
