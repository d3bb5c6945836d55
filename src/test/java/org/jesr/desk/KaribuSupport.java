package org.jesr.desk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.jesr.desk.security.Role;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Vaadin mocked by Karibu over a real Spring context: shared by the UI tests on the sample review
 * ({@link KaribuTest}) and the screen tests that start from an empty instance ({@code *IT}).
 */
public final class KaribuSupport {

    private static Routes routes;

    private KaribuSupport() {}

    public static void setUp(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in with these roles (and what they imply), as both Spring Security and Vaadin's access checks see it. */
    public static void login(String username, Role... roles) {
        UsernamePasswordAuthenticationToken token = SignIn.as(username, roles);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> token.getAuthorities().stream()
                .anyMatch(a -> "ROLE_".concat(role).equals(a.getAuthority())));
    }

    /** Nobody signed in, as the real filter chain presents it. */
    public static void anonymous() {
        SignIn.anonymous();
    }

    private static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.jesr.desk");
            // Karibu's scan sees public classes only; our views are package-private, as in
            // Vaadin's reference apps, so they are added from Spring's scan.
            routes.getRoutes().addAll(packagePrivateViews());
        }
        return routes;
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
            views.add((Class<? extends Component>)
                    ClassUtils.resolveClassName(definition.getBeanClassName(), KaribuSupport.class.getClassLoader()));
        }
        return views;
    }
}
