package org.jesr.desk.agenda;

import java.util.List;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.agenda.internal.ThemeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review's themes, around which its working groups are formed. */
@Service
public class ThemeService {

    private final ThemeRepository themes;

    ThemeService(ThemeRepository themes) {
        this.themes = themes;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Theme> list(long reviewId) {
        return themes.findByReviewIdOrderByNameAsc(reviewId);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Theme save(Theme theme) {
        if (theme.getName().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        return themes.saveAndFlush(theme);
    }
}
