package org.jesr.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jesr.desk.IntegrationTest;
import org.jesr.desk.agenda.AgendaFilter;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.agenda.AgendaSession;
import org.jesr.desk.agenda.Visibility;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Walks every role, and nobody signed in, through every route and every service method, and
 * compares what is let through with the written matrix in docs/access-matrix.md. Routes are
 * judged by Vaadin's own annotation checker; service methods are really called through their
 * secured proxies (with empty arguments: what counts is whether security lets the call in).
 * A change in who may do what fails here until the matrix says so too. To rewrite the matrix
 * from the code, run with -Djesr.access-matrix.write=true and review the diff.
 */
class AccessMatrixIT extends IntegrationTest {

    enum Who {
        ANONYMOUS,
        ADMIN,
        ORGANIZER,
        RAPPORTEUR,
        CONTRIBUTOR,
        OBSERVER;

        Set<Role> roles() {
            return this == ANONYMOUS
                    ? EnumSet.noneOf(Role.class)
                    : Role.valueOf(name()).implied();
        }
    }

    static final Path MATRIX = Path.of("docs", "access-matrix.md");

    @Autowired
    ApplicationContext context;

    @Autowired
    AgendaService agenda;

    @Autowired
    NotesService notes;

    @Test
    void every_route_and_every_service_method_admits_exactly_whom_the_written_matrix_says() throws Exception {
        Map<String, Set<Who>> routes = routes();
        Map<String, Set<Who>> methods = serviceMethods();
        if (Boolean.getBoolean("jesr.access-matrix.write")) {
            write(routes, methods);
        }
        Map<String, Set<Who>> written = read();

        assertThat(render(routes)).as("routes").isEqualTo(render(subset(written, "route ")));
        assertThat(render(methods)).as("service methods").isEqualTo(render(subset(written, "method ")));
        assertThat(routes).as("the matrix covers every route").hasSizeGreaterThan(20);
        assertThat(methods).as("the matrix covers every service method").hasSizeGreaterThan(150);
    }

    @Test
    void observers_and_contributors_cannot_read_a_restricted_session_or_its_notes() {
        long review = sampleReviewAsOrganizer();
        AgendaSession restricted = agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getTitle().equals("Side meeting: Nepal delegation with the Finance Department"))
                .findFirst()
                .orElseThrow();
        assertThat(restricted.getVisibility()).isEqualTo(Visibility.RESTRICTED);
        notes.save(restricted.getId(), NotesField.SUMMARY, "Secretariat only: the budget gap is 12%.", -1);

        for (Who who : List.of(Who.OBSERVER, Who.CONTRIBUTOR, Who.RAPPORTEUR)) {
            signInAs(who.name().toLowerCase(), Role.valueOf(who.name()));
            assertThat(agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)))
                    .as(who.name())
                    .noneMatch(s -> s.getId().equals(restricted.getId()));
            assertThat(agenda.session(restricted.getId())).as(who.name()).isEmpty();
            assertThatThrownBy(() -> notes.find(restricted.getId()))
                    .as(who.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.history(restricted.getId(), NotesField.SUMMARY))
                    .as(who.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        signInAs("organizer", Role.ORGANIZER);
        assertThat(notes.find(restricted.getId()))
                .get()
                .extracting(n -> n.text(NotesField.SUMMARY))
                .isEqualTo("Secretariat only: the budget gap is 12%.");
    }

    @Test
    void a_restricted_session_is_neither_checked_into_nor_named_in_the_aide_memoire_by_those_it_excludes() {
        long review = sampleReviewAsOrganizer();
        AgendaSession restricted = agenda.sessions(review, ZoneId.of("Asia/Karachi"), AgendaFilter.day(null)).stream()
                .filter(s -> s.getVisibility() == Visibility.RESTRICTED)
                .findFirst()
                .orElseThrow();
        var aideMemoires = context.getBean(org.jesr.desk.aidememoire.AideMemoireService.class);
        long aideMemoire = aideMemoires.create(review).getId();
        var attendance = context.getBean(org.jesr.desk.agenda.AttendanceService.class);

        for (Who who : List.of(Who.OBSERVER, Who.CONTRIBUTOR, Who.RAPPORTEUR)) {
            signInAs(who.name().toLowerCase(), Role.valueOf(who.name()));
            assertThatThrownBy(() -> attendance.selfCheckIn(restricted.getId()))
                    .as(who.name())
                    .isInstanceOfSatisfying(
                            org.jesr.desk.base.TranslatedException.class,
                            e -> assertThat(e.key()).isEqualTo("attendance.error.closed"));
        }
        signInAs("contributor", Role.CONTRIBUTOR);
        assertThat(aideMemoires.sections(aideMemoire))
                .flatExtracting(org.jesr.desk.aidememoire.Section::paragraphs)
                .noneMatch(p -> p.contains(restricted.getTitle()));
    }

    @Test
    void a_disabled_or_demoted_account_loses_its_open_session_and_its_feed() throws Exception {
        long review = sampleReviewAsOrganizer();
        var users = context.getBean(UserAccountService.class);
        var calendars = context.getBean(org.jesr.desk.agenda.CalendarService.class);
        signInAs("observer", Role.OBSERVER);
        String feed = calendars.myFeedToken(review);

        // An organizer's open session, as the servlet container keeps it.
        var organizerSession = new org.springframework.mock.web.MockHttpSession();
        var organizerLogin =
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "organizer",
                        null,
                        List.of(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_ORGANIZER"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "FACTOR_PASSWORD")));
        assertThat(request(organizerSession, organizerLogin))
                .as("unchanged: kept")
                .isTrue();

        signInAs("admin", Role.ADMIN);
        var demoted = UserForm.of(users.findByUsername("organizer").orElseThrow());
        demoted.setRoles(java.util.EnumSet.of(Role.OBSERVER));
        users.save(demoted);
        var disabled = UserForm.of(users.findByUsername("observer").orElseThrow());
        disabled.setEnabled(false);
        users.save(disabled);

        assertThat(request(organizerSession, organizerLogin))
                .as("demoted: the next request ends the session")
                .isFalse();
        assertThat(organizerSession.isInvalid()).isTrue();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                        "feed",
                        "anonymousUser",
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_ANONYMOUS"))));
        assertThat(calendars.personalFeed(feed)).as("a disabled account's feed").isEmpty();
    }

    /** Sends one request of this session through the app's security filters; answers whether it stayed signed in. */
    private boolean request(
            org.springframework.mock.web.MockHttpSession session,
            org.springframework.security.core.Authentication signedIn)
            throws Exception {
        var securityContext = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(signedIn);
        session.setAttribute("SPRING_SECURITY_CONTEXT", securityContext);
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/agenda/edit");
        request.setSession(session);
        boolean[] stillSignedIn = new boolean[1];
        jakarta.servlet.FilterChain app = (req, res) -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            stillSignedIn[0] = auth != null && "organizer".equals(auth.getName());
        };
        var filters = context
                .getBean(org.springframework.security.web.FilterChainProxy.class)
                .getFilterChains()
                .getFirst()
                .getFilters()
                .stream()
                .filter(f -> f.getClass().getSimpleName().equals("AccountStandingFilter")
                        || f instanceof org.springframework.security.web.context.SecurityContextHolderFilter)
                .toList();
        var chain = new org.springframework.mock.web.MockFilterChain(
                new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(
                            jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                            throws jakarta.servlet.ServletException, java.io.IOException {
                        app.doFilter(req, res);
                    }
                },
                filters.toArray(jakarta.servlet.Filter[]::new));
        chain.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse());
        return stillSignedIn[0];
    }

    private Map<String, Set<Who>> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, Set<Who>> result = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.jesr.desk")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            String key = "route /" + view.getAnnotation(Route.class).value() + " (" + view.getSimpleName() + ")";
            Set<Who> admitted = EnumSet.noneOf(Who.class);
            for (Who who : Who.values()) {
                Principal principal =
                        who == Who.ANONYMOUS ? null : () -> who.name().toLowerCase();
                if (checker.hasAccess(
                        view,
                        principal,
                        role -> who.roles().stream().anyMatch(r -> r.name().equals(role)))) {
                    admitted.add(who);
                }
            }
            result.put(key, admitted);
        }
        return result;
    }

    private Map<String, Set<Who>> serviceMethods() {
        Map<String, Set<Who>> result = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            // Package-private services (login's account lookup, say) are no API a screen can call.
            if (!type.getPackageName().startsWith("org.jesr.desk") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                String key =
                        "method " + type.getSimpleName() + "." + method.getName() + "/" + method.getParameterCount();
                Set<Who> admitted = EnumSet.noneOf(Who.class);
                for (Who who : Who.values()) {
                    if (letsIn(bean, method, who)) {
                        admitted.add(who);
                    }
                }
                result.merge(key, admitted, (a, b) -> {
                    throw new IllegalStateException("two methods " + key + ": name them apart");
                });
            }
        }
        return result;
    }

    private boolean letsIn(Object bean, Method method, Who who) {
        if (who == Who.ANONYMOUS) {
            SecurityContextHolder.clearContext();
        } else {
            signInAs(who.name().toLowerCase(), Role.valueOf(who.name()));
        }
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(AccessMatrixIT::empty)
                .toArray();
        try {
            method.invoke(bean, args);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return !(cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Object empty(Class<?> type) {
        if (type == long.class) return 0L;
        if (type == int.class) return 0;
        if (type == boolean.class) return false;
        if (type == double.class) return 0d;
        if (type == String.class) return "";
        if (type == List.class) return List.of();
        if (type == Set.class) return Set.of();
        if (type == Map.class) return Map.of();
        return null;
    }

    // --- the written matrix ---

    private static final String YES = "✓";
    private static final String NO = "–";

    private static Map<String, Set<Who>> read() throws IOException {
        Map<String, Set<Who>> result = new TreeMap<>();
        String section = "";
        for (String line : Files.readAllLines(MATRIX)) {
            if (line.startsWith("## Routes")) {
                section = "route ";
            } else if (line.startsWith("## Service methods")) {
                section = "method ";
            } else if (line.startsWith("| `")) {
                String[] cells =
                        Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
                Set<Who> admitted = EnumSet.noneOf(Who.class);
                for (Who who : Who.values()) {
                    if (cells[2 + who.ordinal()].equals(YES)) {
                        admitted.add(who);
                    }
                }
                result.put(section + cells[1].replace("`", ""), admitted);
            }
        }
        return result;
    }

    private static Map<String, Set<Who>> subset(Map<String, Set<Who>> all, String prefix) {
        return all.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** One line per entry, so a failure shows exactly which rows differ. */
    private static String render(Map<String, Set<Who>> matrix) {
        return matrix.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static void write(Map<String, Set<Who>> routes, Map<String, Set<Who>> methods) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# Access matrix",
                "",
                "Who may open each screen and call each service method. `AccessMatrixIT` checks the code against",
                "this page: routes with Vaadin's access annotation checker, service methods by calling them through",
                "their secured proxies as each role and as nobody signed in. ✓ = let in, – = refused.",
                "",
                "Rows say who passes the role check. Some methods then check the data itself: notes of a restricted",
                "session only for organizers and the people on it; a delegation's debriefs only for its members and",
                "the secretariat until shared; a contributor's written inputs only for them and organizers. Those",
                "rules have their own tests (ExchangeIT, StakeholderIT, AccessMatrixIT's data tests).",
                "",
                "Three rules of that kind came with setting up a review on screens (PasswordAndInvitationIT,",
                "ParticipantAccountsIT, ReviewsOverTheYearsIT):",
                "- `/invitation/{token}` is open to anyone, but only a valid link (unused, unexpired, not replaced)",
                "  shows whose account it is and sets its password; every other link gets the same neutral answer.",
                "- Organizers create accounts for participants with the organizer, rapporteur, contributor or observer",
                "  role, and issue password links, but not for an admin's account: only an admin resets an admin.",
                "- An archived review is read-only for everyone, admins included; only the follow-up of its",
                "  recommendations still changes, by those who may report follow-up.",
                "",
                "Sessions have one visibility rule (`Viewers.Viewer.sees`): a restricted session is for organizers and",
                "the people named on it. Every place that lists, counts or admits to a session asks it (SessionVisibilityIT,",
                "and this class's data tests):",
                "- *My agenda* and the personal calendar feed hold one's own sessions and followed ones that one may still",
                "  see; a followed session later made restricted drops out of both, and cannot be followed again.",
                "- `/checkin/{id}` checks a person in only to a session they may see, while it is open for check-in (an",
                "  hour before its start until half an hour after its end, not cancelled or postponed). Everything else,",
                "  unknown ids included, gets one neutral answer. A session's attendance count is for those who see it.",
                "- The aide-memoire is circulated beyond the review: its annex lists the public programme only, for every",
                "  reader, so side meetings and delegations' debriefs are never named in it, whoever drafts it.",
                "",
                "Roles are read from the database on every request, not only at sign-in (AccountStandingIT, over HTTP):",
                "an account that is disabled, deleted or given other roles loses its open sessions on their next request",
                "and signs in again with what it now has. A disabled account's personal calendar feed answers 404.",
                "",
                "The field kit's JSON API (`/api/v1/**`, issue 22) has no rights of its own: each endpoint calls one",
                "`FieldKitService` method below, so the rows of that service are the API's. On top (FieldKitApiIT):",
                "- Nobody signed in gets 401 with a translated `{code, message}`, never the login page; a write without",
                "  the session's CSRF token gets 403.",
                "- A visit's data is for organizers and the people on its session (`FieldVisitService.canRecord`), as on",
                "  the screen; anyone else with a reader's role gets 403, and an unknown visit or site 404.",
                "- A write names who recorded it (`recordedBy`); it must be the person signed in, so on a shared tablet",
                "  one member's outbox is never stored under another's name (409).",
                "",
                "A review's public page (`/public/reviews/{id}`, issue 23) is for anyone, signed in or not, and only",
                "while an organizer has turned it on in the settings; otherwise it answers 404, like an unknown review.",
                "It calls the `permitAll` methods `ReviewService.publicReview`, `PublishedAideMemoire.*`,",
                "`AccountabilityService.publicRegister`, `CalendarService.publicProgramme` and",
                "`OrganizationService.publicNames`, each of which checks the page is on itself (PublicPageIT):",
                "- only FINAL aide-memoire versions, and their PDFs; a draft, a version in consultation or a validated",
                "  one answers 404, and turning the page off takes the PDFs with it;",
                "- agreed recommendations only once the wrap-up closed the list, with their latest status;",
                "- the programme as someone not signed in sees it (`Viewers.ANONYMOUS`): no restricted session.",
                "",
                "Progress updates on agreed recommendations (`AccountabilityService.addUpdate`) are for organizers, for",
                "anyone's recommendation, and for contributors only on a recommendation whose responsible organization",
                "is one they take part for (in any review); any other is refused with a translated message and nothing",
                "written (AccountabilityIT). Everyone signed in reads the register and its history.",
                "",
                "A circulated version's single-recipient link (`/circulated/{token}`) needs no sign-in: its 256-bit",
                "token is the permission, for one recipient, until it expires (410 after; 404 for an unknown token).",
                ""));
        String header = "| "
                + String.join(
                        " | ",
                        Arrays.stream(Who.values())
                                .map(w -> w.name().toLowerCase())
                                .toList()) + " |";
        String rule = "|---|" + "---|".repeat(Who.values().length);
        lines.add("## Routes");
        lines.add("");
        lines.add("| Route (view) " + header);
        lines.add(rule);
        routes.forEach((key, who) -> lines.add(row(key.substring("route ".length()), who)));
        lines.add("");
        lines.add("## Service methods");
        lines.add("");
        lines.add("Named `Service.method/number of parameters`.");
        lines.add("");
        lines.add("| Method " + header);
        lines.add(rule);
        methods.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .forEach(e -> lines.add(row(e.getKey().substring("method ".length()), e.getValue())));
        Files.write(MATRIX, lines);
    }

    private static String row(String name, Set<Who> admitted) {
        return "| `" + name + "` | "
                + Arrays.stream(Who.values())
                        .map(w -> admitted.contains(w) ? YES : NO)
                        .collect(Collectors.joining(" | "))
                + " |";
    }
}
