package org.jesr.desk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Spring Modulith does not check. Which feature may use which of another's packages is
 * Modulith's to say ({@link ModularityTest}); these rules are about layers, JPA and security.
 */
class ArchitectureTest {

    /**
     * The main code, imported once for every rule. The rules run as Jupiter tests rather than through
     * ArchUnit's own engine, which the platform starts only after every Jupiter class, alone on one core
     * at the end of Surefire (decision 0029).
     */
    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jesr.desk");

    static final ArchRule views_never_touch_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    /** Platform tuning is wired in by Spring; a feature that imported it would be tied to how the app runs. */
    static final ArchRule nothing_but_the_platform_imports_the_platform = noClasses()
            .that()
            .resideOutsideOfPackage("org.jesr.desk.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jesr.desk.platform..");

    /** The shared core (entities, text rules, formats, files) is used by services; it must not need a screen. */
    static final ArchRule the_shared_core_needs_no_screen = noClasses()
            .that()
            .resideInAPackage("org.jesr.desk.base..")
            .and()
            .resideOutsideOfPackage("org.jesr.desk.base.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jesr.desk.base.ui..", "com.vaadin.flow.component..");

    /** One JsonMapper, Spring Boot's: a mapper of one's own drifts from the others' settings. */
    static final ArchRule json_goes_through_the_one_shared_mapper = noClasses()
            .should()
            .callMethod(JsonMapper.class, "builder")
            .orShould()
            .callConstructor(JsonMapper.class);

    static final ArchRule no_jpa_association_crosses_a_feature = fields().that()
            .areAnnotatedWith(ManyToOne.class)
            .or()
            .areAnnotatedWith(OneToMany.class)
            .or()
            .areAnnotatedWith(OneToOne.class)
            .or()
            .areAnnotatedWith(ManyToMany.class)
            .should(new ArchCondition<>("point only at entities of their own feature") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    String own = feature(field.getOwner()).orElse("");
                    field.getAllInvolvedRawTypes().stream()
                            .filter(type -> type.getPackageName().startsWith("org.jesr.desk"))
                            .filter(type -> !feature(type).orElse("").equals(own))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(
                                    field,
                                    field.getFullName() + " refers to " + type.getName() + "; refer by id instead")));
                }
            });

    static final ArchRule every_view_declares_who_may_open_it = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(AnonymousAllowed.class);

    static final ArchRule every_public_service_method_is_secured = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .areDeclaredInClassesThat()
            .resideOutsideOfPackage("..internal..")
            .and()
            .arePublic()
            .should()
            .beAnnotatedWith(PreAuthorize.class);

    static final ArchRule itext_stays_in_pdf_packages = noClasses()
            .that()
            .resideOutsideOfPackage("..pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.itextpdf..")
            .allowEmptyShould(true);

    @Test
    void views_never_touch_repositories() {
        views_never_touch_repositories.check(CODE);
    }

    @Test
    void nothing_but_the_platform_imports_the_platform() {
        nothing_but_the_platform_imports_the_platform.check(CODE);
    }

    @Test
    void the_shared_core_needs_no_screen() {
        the_shared_core_needs_no_screen.check(CODE);
    }

    @Test
    void json_goes_through_the_one_shared_mapper() {
        json_goes_through_the_one_shared_mapper.check(CODE);
    }

    @Test
    void no_jpa_association_crosses_a_feature() {
        no_jpa_association_crosses_a_feature.check(CODE);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        every_view_declares_who_may_open_it.check(CODE);
    }

    @Test
    void every_public_service_method_is_secured() {
        every_public_service_method_is_secured.check(CODE);
    }

    @Test
    void itext_stays_in_pdf_packages() {
        itext_stays_in_pdf_packages.check(CODE);
    }

    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.jesr.desk.")) {
            return Optional.empty();
        }
        String rest = name.substring("org.jesr.desk.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
