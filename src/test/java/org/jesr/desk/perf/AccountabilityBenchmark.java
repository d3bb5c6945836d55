package org.jesr.desk.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jesr.desk.SignIn;
import org.jesr.desk.TestData;
import org.jesr.desk.TestSmtp;
import org.jesr.desk.aidememoire.AideMemoireService;
import org.jesr.desk.aidememoire.AideMemoireStatus;
import org.jesr.desk.aidememoire.Circulating;
import org.jesr.desk.aidememoire.CirculationPurpose;
import org.jesr.desk.aidememoire.CirculationService;
import org.jesr.desk.mail.internal.OutboxSender;
import org.jesr.desk.participant.Constituency;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.Participant;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.recommendation.AccountabilityService;
import org.jesr.desk.recommendation.Consensus;
import org.jesr.desk.recommendation.FollowUpStatus;
import org.jesr.desk.recommendation.Recommendation;
import org.jesr.desk.recommendation.RecommendationService;
import org.jesr.desk.recommendation.RecommendationSource;
import org.jesr.desk.recommendation.SourceKind;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 23: the public page of a review with 150 agreed recommendations (size, time to first byte over
 * real HTTP), and a circulation to 300 people (e-mails queued, time until the outbox has handed them all
 * to an SMTP server). Figures in target/figures/accountability.txt; run with
 * {@code ./mvnw verify -Pbenchmark -Dit.test=AccountabilityBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jesr.sample-data.load=false")
@ActiveProfiles("test")
class AccountabilityBenchmark {

    static final ServerSetup SETUP = TestSmtp.on(3325);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SETUP);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SETUP);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReviewService reviews;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    AccountabilityService accountability;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ParticipantService participants;

    @Autowired
    AideMemoireService aideMemoires;

    @Autowired
    CirculationService circulation;

    @Autowired
    OutboxSender sender;

    @Test
    void the_public_page_of_150_recommendations_and_a_circulation_to_300_people() throws Exception {
        List<String> figures = new ArrayList<>();
        SignIn.as("organizer", Role.ORGANIZER);
        Review review = reviews.save(TestData.review("Benchmark JESR " + System.nanoTime(), 2026));
        Organization ministry = new Organization();
        ministry.setName("School Education and Literacy Department " + System.nanoTime());
        ministry.setConstituency(Constituency.GOVERNMENT);
        ministry = organizations.save(ministry);
        for (int i = 1; i <= 150; i++) {
            Recommendation r = new Recommendation();
            r.setReviewId(review.id());
            r.setText("Recommendation " + i + ": publish the annual school census by December and use it to"
                    + " allocate teachers to the districts with the highest pupil-teacher ratios.");
            r.setResponsibleBody("School Education and Literacy Department");
            Recommendation saved =
                    recommendations.propose(r, new RecommendationSource(SourceKind.PLENARY, null, "Wrap-up"));
            recommendations.decide(saved.id(), Consensus.AGREED, null);
            accountability.assign(
                    saved.id(), ministry.id(), Set.of(), review.endDate().plusMonths(6));
            accountability.addUpdate(
                    saved.id(), FollowUpStatus.IN_PROGRESS, "Under way in " + i + " districts", null, null);
        }
        recommendations.closeWrapUp(review.id());
        reviews.setPublicPage(review.id(), true);

        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://localhost:" + port + "/public/reviews/" + review.id());
        List<Double> ttfb = new ArrayList<>();
        long size = 0;
        for (int i = 0; i < 31; i++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> response =
                    http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int first = body.read();
                double ms = (System.nanoTime() - start) / 1e6;
                long bytes = first < 0 ? 0 : 1 + body.readAllBytes().length;
                assertThat(response.statusCode()).isEqualTo(200);
                if (i == 0) {
                    figures.add(String.format("public page, first request after start: %.1f ms to first byte", ms));
                } else {
                    ttfb.add(ms);
                }
                size = bytes;
            }
        }
        Collections.sort(ttfb);
        figures.add(String.format(
                "public page with 150 agreed recommendations: %,d bytes of HTML (uncompressed); time to first byte"
                        + " over 30 warm requests: median %.1f ms, p95 %.1f ms, max %.1f ms",
                size, ttfb.get(ttfb.size() / 2), ttfb.get((int) Math.ceil(ttfb.size() * 0.95) - 1), ttfb.getLast()));

        for (int i = 1; i <= 300; i++) {
            Participant p = new Participant();
            p.setReviewId(review.id());
            p.setName("Participant " + i);
            p.setEmail("participant" + i + "@seld.example.pk");
            p.setOrganization(ministry);
            p.setPreferredLanguage(i % 3 == 0 ? "fr" : "en");
            participants.save(p);
        }
        long version = aideMemoireVersion(review.id());
        long queueStart = System.nanoTime();
        var sent = circulation.circulate(
                new Circulating(
                        version,
                        CirculationPurpose.GOVERNMENT_ACTION,
                        Set.of("constituency:GOVERNMENT"),
                        Set.of(),
                        "",
                        "Government"),
                "https://jesr.example.org/");
        double queueMs = (System.nanoTime() - queueStart) / 1e6;
        int queued = circulation.recipients(sent.id()).size();
        long sendStart = System.nanoTime();
        int delivered = 0;
        int runs = 0;
        while (SMTP.getReceivedMessages().length < queued && runs < 20) {
            delivered += sender.sendDue();
            runs++;
        }
        double sendMs = (System.nanoTime() - sendStart) / 1e6;
        assertThat(SMTP.getReceivedMessages()).hasSize(queued);
        figures.add(String.format(
                "circulation to 300 participants (a constituency): %d e-mails queued in %.0f ms (one per person, each"
                        + " with its own link); the outbox handed all %d to the SMTP server in %.1f s (%d sender run%s,"
                        + " %.1f ms per e-mail)",
                queued, queueMs, delivered, sendMs / 1000, runs, runs == 1 ? "" : "s", sendMs / delivered));
        Path out = Path.of("target", "figures", "accountability.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, figures);
        figures.forEach(System.out::println);
    }

    private long aideMemoireVersion(long reviewId) throws IOException {
        long id = aideMemoires.create(reviewId).id();
        aideMemoires.moveTo(id, AideMemoireStatus.IN_CONSULTATION);
        return aideMemoires.versions(id).getLast().id();
    }
}
