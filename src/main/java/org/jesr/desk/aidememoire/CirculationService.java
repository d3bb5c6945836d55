package org.jesr.desk.aidememoire;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.aidememoire.internal.AideMemoireRepository;
import org.jesr.desk.aidememoire.internal.CirculationRecipientRepository;
import org.jesr.desk.aidememoire.internal.CirculationRepository;
import org.jesr.desk.aidememoire.internal.VersionRepository;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.Formats;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.i18n.AppI18nProvider;
import org.jesr.desk.mail.Addresses;
import org.jesr.desk.mail.MessageState;
import org.jesr.desk.mail.Outbox;
import org.jesr.desk.participant.AudienceService;
import org.jesr.desk.participant.Recipient;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.CurrentUser;
import org.jesr.desk.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circulation that reaches people: a version is e-mailed, through the outbox, to the groups and people
 * chosen, each in their own language, with a link and never an attachment. Someone who can sign in
 * gets the app's address; anyone else a link of their own that expires.
 */
@Service
public class CirculationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CirculationRepository circulations;
    private final CirculationRecipientRepository recipients;
    private final VersionRepository versions;
    private final AideMemoireRepository aideMemoires;
    private final ReviewService reviews;
    private final AudienceService audiences;
    private final Outbox outbox;
    private final AideMemoireExports exports;
    private final AppI18nProvider i18n;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration linkLife;

    CirculationService(
            CirculationRepository circulations,
            CirculationRecipientRepository recipients,
            VersionRepository versions,
            AideMemoireRepository aideMemoires,
            ReviewService reviews,
            AudienceService audiences,
            Outbox outbox,
            AideMemoireExports exports,
            AppI18nProvider i18n,
            AuditLog audit,
            Clock clock,
            @Value("${jesr.circulation.link-days:30}") int linkDays) {
        this.circulations = circulations;
        this.recipients = recipients;
        this.versions = versions;
        this.aideMemoires = aideMemoires;
        this.reviews = reviews;
        this.audiences = audiences;
        this.outbox = outbox;
        this.exports = exports;
        this.i18n = i18n;
        this.audit = audit;
        this.clock = clock;
        this.linkLife = Duration.ofDays(linkDays);
    }

    /**
     * Sends the version to everyone chosen, each address once. Every typed address is checked before
     * anything is written: one bad address refuses the whole circulation, naming it.
     *
     * @param appAddress the app's public address, ending in "/"
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Circulation circulate(Circulating what, String appAddress) {
        AideMemoireVersion version = versions.findById(what.versionId()).orElseThrow(NotFound::new);
        AideMemoire aideMemoire =
                aideMemoires.findById(version.getAideMemoireId()).orElseThrow(NotFound::new);
        Review review = reviews.find(aideMemoire.getReviewId()).orElseThrow(NotFound::new);
        Set<String> typed = new LinkedHashSet<>();
        for (String address : what.otherAddresses().split("[;,\\s]+")) {
            if (!address.isBlank()) {
                typed.add(Addresses.requirePlain(address.strip()));
            }
        }
        List<Recipient> to =
                new ArrayList<>(audiences.resolve(review.id(), what.audienceKeys(), what.participantIds()));
        Set<String> known = new HashSet<>();
        to.forEach(r -> known.add(r.email().toLowerCase(Locale.ROOT)));
        String language = review.languageList().isEmpty()
                ? Language.DEFAULT.code()
                : review.languageList().getFirst();
        for (String address : typed) {
            if (known.add(address.toLowerCase(Locale.ROOT))) {
                to.add(new Recipient(null, address, address, language, false));
            }
        }
        if (to.isEmpty()) {
            throw new TranslatedException("am-circulation.error.nobody");
        }
        to.forEach(r -> Addresses.requirePlain(r.email()));
        String description = what.description().strip();
        TextRules.requireClean(description);
        description = description.length() > Circulation.RECIPIENTS_MAX
                ? description.substring(0, Circulation.RECIPIENTS_MAX - 1) + "…"
                : description;
        Instant now = clock.instant();
        Circulation circulation = circulations.save(new Circulation(
                version.id(), description.isEmpty() ? "—" : description, what.purpose(), now, CurrentUser.name()));
        for (Recipient r : to) {
            String token = r.hasAccount() ? null : newToken();
            CirculationRecipient row = recipients.save(new CirculationRecipient(
                    circulation.id(),
                    r.participantId(),
                    r.name(),
                    r.email(),
                    Language.orDefault(r.language()).code(),
                    token,
                    token == null ? null : now.plus(linkLife)));
            String link = token == null ? appAddress + "aide-memoire" : appAddress + "circulated/" + token;
            row.queued(queue(r, review, version, what.purpose(), link, token == null ? null : now.plus(linkLife))
                    .orElse(null));
        }
        audit.record(
                AuditAction.VERSION_CIRCULATED,
                aideMemoire.id(),
                "v" + version.getNumber(),
                to.size() + " " + description);
        return circulation;
    }

    /** Who a circulation went to, each with where their e-mail stands. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional(readOnly = true)
    public List<RecipientState> recipients(long circulationId) {
        List<CirculationRecipient> rows = recipients.findByCirculationIdOrderByNameAsc(circulationId);
        Map<Long, MessageState> states = outbox.states(rows.stream()
                .map(CirculationRecipient::getOutboxMessageId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> new RecipientState(
                        r, r.getOutboxMessageId() == null ? null : states.get(r.getOutboxMessageId())))
                .toList();
    }

    /**
     * The version a single-recipient link stands for, as PDF, while the link lives. Its first opening
     * is recorded. Rendered as the system once the token was checked: the token is the permission.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<byte[]> open(String token) {
        Optional<CirculationRecipient> found = recipients.findByToken(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CirculationRecipient recipient = found.get();
        Instant now = clock.instant();
        if (recipient.getTokenExpiresAt() == null
                || !recipient.getTokenExpiresAt().isAfter(now)) {
            throw new TranslatedException("am-circulation.error.link-expired");
        }
        recipient.opened(now);
        long versionId = circulations
                .findById(recipient.getCirculationId())
                .orElseThrow(NotFound::new)
                .getVersionId();
        return Optional.of(SystemAuthentication.runAsSystem(() -> exports.pdf(versionId)));
    }

    private Optional<Long> queue(
            Recipient r,
            Review review,
            AideMemoireVersion version,
            CirculationPurpose purpose,
            String link,
            @Nullable Instant expires) {
        Locale locale = Language.orDefault(r.language()).locale();
        String purposeText = i18n.getTranslation(purpose.translationKey(), locale);
        String subject = i18n.getTranslation(
                "am-circulation.mail-subject", locale, review.getName(), version.getNumber(), purposeText);
        String access = expires == null
                ? i18n.getTranslation("am-circulation.mail-sign-in", locale)
                : i18n.getTranslation(
                        "am-circulation.mail-own-link", locale, Formats.dateTime(expires, review.zone(), locale));
        String body = i18n.getTranslation(
                "am-circulation.mail-body",
                locale,
                r.name(),
                review.getName(),
                version.getNumber(),
                purposeText,
                link,
                access);
        return outbox.queueTracked(r.email(), subject, body);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
