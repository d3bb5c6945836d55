package org.jesr.desk.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByDemoTrue();

    /**
     * Takes one of the account's sign-in attempts, atomically: none is left while it is locked or
     * while as many attempts as allowed are under way or have failed. Answers 1 if one was taken.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedLogins = u.failedLogins + 1 where lower(u.username) = lower(:username)"
            + " and (u.lockedUntil is null or u.lockedUntil <= :now) and u.failedLogins < :max")
    int takeAttempt(@Param("username") String username, @Param("now") Instant now, @Param("max") int max);

    /** Locks the account once its attempts are spent; answers 1 if this call locked it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update UserAccount u set u.lockedUntil = :until, u.failedLogins = 0 where lower(u.username) = lower(:username)"
                    + " and u.failedLogins >= :max")
    int lockIfSpent(@Param("username") String username, @Param("until") Instant until, @Param("max") int max);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where lower(u.username) = lower(:username)")
    int clearAttempts(@Param("username") String username);

    @Query("select u from UserAccount u where lower(u.username) like :pattern or lower(u.displayName) like :pattern")
    Page<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);
}
