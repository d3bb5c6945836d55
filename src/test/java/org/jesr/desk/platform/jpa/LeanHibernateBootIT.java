package org.jesr.desk.platform.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.review.Review;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@link LeanHibernateBoot} leaves out stays out, and what it costs is Hibernate's own clear refusal. */
class LeanHibernateBootIT extends IntegrationTest {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private EntityManager entityManager;

    private SessionFactoryImplementor sessionFactory() {
        return entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    }

    @Test
    void hibernate_runs_with_the_bytecode_provider_that_makes_no_proxies() {
        assertThat(sessionFactory().getServiceRegistry().requireService(BytecodeProvider.class))
                .isInstanceOf(org.hibernate.bytecode.internal.none.BytecodeProviderImpl.class);
    }

    @Test
    void json_columns_would_use_the_apps_jackson_3_mapper_not_a_second_library() {
        assertThat(sessionFactory().getSessionFactoryOptions().getJsonFormatMapper())
                .isInstanceOf(Jackson3JsonFormatMapper.class);
    }

    @Test
    void asking_for_a_lazy_reference_is_refused_with_hibernates_own_message() {
        assertThatThrownBy(() -> entityManager.getReference(Review.class, 1L).getName())
                .hasStackTraceContaining("BytecodeProvider is 'none'");
    }
}
