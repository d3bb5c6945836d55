package org.jesr.desk.participant.internal;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantFilter;
import org.springframework.data.jpa.domain.Specification;

/** Builds the participant search as criteria, so absent filters add no SQL at all. */
public final class ParticipantSpecifications {

    private ParticipantSpecifications() {}

    public static Specification<Participant> matching(long reviewId, ParticipantFilter filter) {
        return (root, query, cb) -> {
            Join<Participant, Organization> org = root.join("organization");
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("reviewId"), reviewId));
            String text = filter.text().trim().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String pattern =
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(root.get("email"), pattern, '\\'),
                        cb.like(cb.lower(org.get("name")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(org.get("acronym"), "")), pattern, '\\')));
            }
            if (filter.organizationId() != null) {
                predicates.add(cb.equal(org.get("id"), filter.organizationId()));
            }
            if (filter.constituency() != null) {
                predicates.add(cb.equal(org.get("constituency"), filter.constituency()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
