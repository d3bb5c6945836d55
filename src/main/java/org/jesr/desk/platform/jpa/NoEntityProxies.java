package org.jesr.desk.platform.jpa;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hands Hibernate its "none" bytecode provider, so that it generates no proxy class per entity
 * at start-up (see {@link LeanHibernateBoot}). Hibernate 7 takes the provider only from
 * META-INF/services, hence a contributor rather than a setting.
 */
public class NoEntityProxies implements ServiceContributor {

    static final BytecodeProvider NONE = new BytecodeProviderImpl();

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        registry.addService(BytecodeProvider.class, NONE);
    }
}
