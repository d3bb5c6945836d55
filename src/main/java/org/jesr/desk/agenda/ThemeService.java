package org.jesr.desk.agenda;

import java.util.Collection;
import java.util.List;
import org.jesr.desk.agenda.internal.ThemeRepository;
import org.jesr.desk.audit.AuditAction;
import org.jesr.desk.audit.AuditLog;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TranslatedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's themes, around which its working groups, sessions and recommendations are formed. */
@Service
public class ThemeService {

    private final ThemeRepository themes;
    private final AuditLog audit;

    ThemeService(ThemeRepository themes, AuditLog audit) {
        this.themes = themes;
        this.audit = audit;
    }

    /** Every theme, retired ones too: what already cites a theme still shows its name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Theme> list(long reviewId) {
        return themes.findByReviewIdOrderByNameAsc(reviewId);
    }

    /** The themes to offer when something new is filed under one: retired themes left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Theme> choices(long reviewId) {
        return themes.findByReviewIdAndRetiredFalseOrderByNameAsc(reviewId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countActive(long reviewId) {
        return themes.countByReviewIdAndRetiredFalse(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Theme create(long reviewId, String name) {
        String clean = checkedName(reviewId, name, null);
        Theme theme = themes.saveAndFlush(Theme.of(reviewId, clean));
        audit.record(AuditAction.THEME_CREATED, theme.getId(), clean, null);
        return theme;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Theme rename(long themeId, String name) {
        Theme theme = themes.findById(themeId).orElseThrow(NotFound::new);
        String clean = checkedName(theme.getReviewId(), name, themeId);
        String before = theme.getName();
        theme.setName(clean);
        audit.record(AuditAction.THEME_RENAMED, themeId, clean, before);
        return themes.saveAndFlush(theme);
    }

    /** Retires a theme, or brings a retired one back. */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Theme setRetired(long themeId, boolean retired) {
        Theme theme = themes.findById(themeId).orElseThrow(NotFound::new);
        theme.setRetired(retired);
        audit.record(retired ? AuditAction.THEME_RETIRED : AuditAction.THEME_RESTORED, themeId, theme.getName(), null);
        return themes.saveAndFlush(theme);
    }

    /**
     * Makes sure a theme of each name exists (imports name themes by text): missing ones are
     * created, retired ones are left as they are.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void ensure(long reviewId, Collection<String> names) {
        names.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .filter(n -> themes.findByReviewIdAndNameIgnoreCase(reviewId, n).isEmpty())
                .forEach(n -> create(reviewId, n));
    }

    private String checkedName(long reviewId, String name, @Nullable Long themeId) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new TranslatedException("validation.required");
        }
        if (clean.length() > Theme.NAME_MAX) {
            throw new TranslatedException("validation.too-long", Theme.NAME_MAX);
        }
        themes.findByReviewIdAndNameIgnoreCase(reviewId, clean)
                .filter(t -> !t.id().equals(themeId))
                .ifPresent(t -> {
                    throw new TranslatedException("theme.error.duplicate", clean);
                });
        return clean;
    }
}
