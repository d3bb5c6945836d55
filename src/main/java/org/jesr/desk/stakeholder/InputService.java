package org.jesr.desk.stakeholder;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.DocumentCategory;
import org.jesr.desk.evidence.DocumentService;
import org.jesr.desk.evidence.LibraryDocument;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationSource;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.stakeholder.internal.InputRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Written inputs to the aide-memoire. A contributor sees only their own inputs and the
 * secretariat's replies to them; organizers see all, reply, and may turn one into a
 * recommendation that keeps the input as its source.
 */
@Service
public class InputService {

    /** An attachment as it arrives from the upload, before its content is checked. */
    public record Attachment(String fileName, byte[] bytes) {}

    private final InputRepository inputs;
    private final ParticipantService participants;
    private final DocumentService documents;
    private final RecommendationService recommendations;
    private final Clock clock;

    InputService(
            InputRepository inputs,
            ParticipantService participants,
            DocumentService documents,
            RecommendationService recommendations,
            Clock clock) {
        this.inputs = inputs;
        this.participants = participants;
        this.documents = documents;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** Attachments are checked and stored first; if one is refused, the input is not stored either. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional
    public StakeholderInput submit(StakeholderInput draft, List<Attachment> attachments) {
        String title = draft.getTitle().strip();
        String body = draft.getBody().strip();
        TextRules.requireClean(title);
        TextRules.requireClean(body);
        if (title.isEmpty() || title.length() > StakeholderInput.TITLE_MAX) {
            throw new TranslatedException("input.error.title", StakeholderInput.TITLE_MAX);
        }
        if (body.isEmpty() || body.length() > StakeholderInput.BODY_MAX) {
            throw new TranslatedException("input.error.body", StakeholderInput.BODY_MAX);
        }
        draft.setTitle(title);
        draft.setBody(body);
        draft.setAuthor(CurrentUser.name());
        draft.setSubmittedAt(clock.instant());
        Organization organization =
                participants.currentOrganization(draft.getReviewId()).orElse(null);
        draft.setOrganizationId(organization == null ? null : organization.getId());
        draft.setConstituency(organization == null ? Constituency.SECRETARIAT : organization.getConstituency());
        for (Attachment a : attachments) {
            draft.addAttachment(documents
                    .upload(draft.getReviewId(), title, DocumentCategory.OTHER, a.fileName(), a.bytes())
                    .id());
        }
        return inputs.save(draft);
    }

    /**
     * The secretariat records an input that reached it by e-mail or on paper, in the name of
     * its author, so the register of inputs is complete and the author sees the reply.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public StakeholderInput recordOnBehalf(StakeholderInput draft, Organization organization, String author) {
        StakeholderInput input = submit(draft, List.of());
        input.setAuthor(author.strip());
        input.setOrganizationId(organization.getId());
        input.setConstituency(organization.getConstituency());
        return inputs.save(input);
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<StakeholderInput> mine(long reviewId) {
        return inputs.findByReviewIdAndAuthorOrderBySubmittedAtDescIdDesc(reviewId, CurrentUser.name());
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<StakeholderInput> all(long reviewId) {
        return inputs.findByReviewIdOrderBySubmittedAtDescIdDesc(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public StakeholderInput respond(long id, InputOutcome outcome, @Nullable String reply) {
        if (outcome == InputOutcome.PENDING) {
            throw new TranslatedException("input.error.outcome");
        }
        String clean = reply == null ? null : reply.strip();
        if (clean != null && clean.length() > StakeholderInput.REPLY_MAX) {
            throw new TranslatedException("input.error.reply", StakeholderInput.REPLY_MAX);
        }
        StakeholderInput input = find(id);
        input.setOutcome(outcome);
        input.setReply(clean == null || clean.isEmpty() ? null : clean);
        input.setRepliedBy(CurrentUser.name());
        return inputs.save(input);
    }

    /** Proposes the draft in the register with the input as its source, and remembers the link. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Recommendation toRecommendation(long id, Recommendation draft) {
        StakeholderInput input = find(id);
        if (input.getRecommendationId() != null) {
            throw new TranslatedException("input.error.already-recommended");
        }
        Recommendation proposed = recommendations.propose(
                draft, new RecommendationSource(SourceKind.STAKEHOLDER_INPUT, null, input.getTitle()));
        input.setRecommendationId(proposed.getId());
        inputs.save(input);
        return proposed;
    }

    /** The attachments the caller may see: those of inputs visible to them. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public List<LibraryDocument> attachments(StakeholderInput input) {
        return attachments(input.getReviewId(), List.of(input)).getOrDefault(input.getId(), List.of());
    }

    /** The attachments of several inputs at once, from one read of the library, by input id. */
    @PreAuthorize("hasAnyRole('ORGANIZER','CONTRIBUTOR')")
    @Transactional(readOnly = true)
    public Map<Long, List<LibraryDocument>> attachments(long reviewId, List<StakeholderInput> shown) {
        Map<Long, LibraryDocument> library =
                documents.list(reviewId).stream().collect(Collectors.toMap(LibraryDocument::getId, d -> d));
        Map<Long, List<LibraryDocument>> result = new HashMap<>();
        for (StakeholderInput input : shown) {
            result.put(
                    input.getId(),
                    input.getAttachmentIds().stream()
                            .map(library::get)
                            .filter(Objects::nonNull)
                            .toList());
        }
        return result;
    }

    private StakeholderInput find(long id) {
        return inputs.findById(id).orElseThrow(NotFound::new);
    }
}
