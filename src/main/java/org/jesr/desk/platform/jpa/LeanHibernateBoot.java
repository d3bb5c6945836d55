package org.jesr.desk.platform.jpa;

import org.hibernate.cfg.BytecodeSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.type.format.jackson.Jackson3JsonFormatMapper;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leaves out what Hibernate builds on every start for features this model does not use
 * (decision 0015):
 * <ul>
 * <li>Runtime proxies. Hibernate generates a Byte Buddy subclass of every entity, for lazy
 *     to-one associations and {@code getReference}, and loads Byte Buddy for a class transformer
 *     that Spring then ignores (there is no load-time weaver). Features refer to each other by id
 *     and the few associations load eagerly, so no proxy is ever made; generating them took about
 *     0.8 s of a start on two cores. A mapping that needs one fails with Hibernate's own message
 *     ("your model requires a more advanced BytecodeProvider"), in the test suite first.</li>
 * <li>A second JSON library. Left to itself, Hibernate builds a Jackson 2 mapper for JSON columns
 *     (Jackson 2 is on the class path only for iText and Flyway) and searches every jar for its
 *     modules. It is handed the app's Jackson 3 mapper instead, which exists anyway.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class LeanHibernateBoot {

    @Bean
    HibernatePropertiesCustomizer noProxiesAndTheAppsJsonMapper(JsonMapper jsonMapper) {
        return properties -> {
            properties.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, NoEntityProxies.NONE);
            properties.put(MappingSettings.JSON_FORMAT_MAPPER, new Jackson3JsonFormatMapper(jsonMapper));
        };
    }
}
