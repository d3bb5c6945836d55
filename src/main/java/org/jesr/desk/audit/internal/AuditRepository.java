package org.jesr.desk.audit.internal;

import java.time.Instant;
import java.util.List;
import org.jesr.desk.audit.AuditEntry;
import org.jesr.desk.audit.AuditFeature;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Add and read, nothing else: no update, no delete (a plain Repository, not a CrudRepository). */
public interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    String MATCHES = """
            (:feature is null or e.feature = :feature)
            and (:username is null or e.username = :username)
            and (:text is null or lower(e.subject) like :text or lower(e.detail) like :text)
            and (e.at >= :from) and (e.at < :to)""";

    @Query("select e from AuditEntry e where " + MATCHES + " order by e.at desc, e.id desc")
    List<AuditEntry> find(
            @Param("feature") @Nullable AuditFeature feature,
            @Param("username") @Nullable String username,
            @Param("text") @Nullable String text,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);

    @Query("select count(e) from AuditEntry e where " + MATCHES)
    long count(
            @Param("feature") @Nullable AuditFeature feature,
            @Param("username") @Nullable String username,
            @Param("text") @Nullable String text,
            @Param("from") Instant from,
            @Param("to") Instant to);

    @Query("select distinct e.username from AuditEntry e order by e.username")
    List<String> usernames();
}
