package org.jesr.desk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import java.util.List;
import java.util.Locale;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browserless UI test: the real Spring context with the sample review,
 * Vaadin mocked by Karibu, and a signed-in user whose roles both Spring Security and
 * Vaadin's view access checks see.
 */
@SpringBootTest(properties = "jesr.sample-data.load=true")
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.jesr.desk");
            // Karibu's scan sees public classes only; our views are package-private, as in
            // Vaadin's reference apps, so they are added from Spring's scan.
            routes.getRoutes().addAll(packagePrivateViews());
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Component>> packagePrivateViews() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.jesr.desk")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(
                    definition.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return views;
    }

    /** See IntegrationTest: this context's security-context holder strategy, whatever ran before. */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo account of the sample review, with that account's roles. */
    protected void login(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .flatMap(role -> role.implied().stream())
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).distinct().toList();
        User user = new User(username, "n/a", authorities);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(token);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> authorities.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void useLanguage(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }
}
