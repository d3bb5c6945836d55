package org.jesr.desk.sampledata;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jesr.desk.agenda.AgendaService;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.evidence.IndicatorService;
import org.jesr.desk.participant.OrganizationService;
import org.jesr.desk.participant.ParticipantService;
import org.jesr.desk.review.Review;
import org.jesr.desk.review.ReviewService;
import org.jesr.desk.sampledata.internal.AideMemoireSample;
import org.jesr.desk.sampledata.internal.ExchangeSample;
import org.jesr.desk.sampledata.internal.FieldWorkSample;
import org.jesr.desk.sampledata.internal.RecommendationsSample;
import org.jesr.desk.sampledata.internal.SampleFiles;
import org.jesr.desk.sampledata.internal.StakeholderSample;
import org.jesr.desk.security.Role;
import org.jesr.desk.security.SystemAuthentication;
import org.jesr.desk.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the sample review on the first start of an empty database, through the same
 * services and CSV importers that organizers use, in one transaction: it is loaded
 * whole or not at all, and never twice.
 */
@Component
@Order(10)
public class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final SampleFiles files;
    private final boolean enabled;
    private final ReviewService reviews;
    private final OrganizationService organizations;
    private final ParticipantService participants;
    private final UserAccountService accounts;
    private final AgendaService agenda;
    private final RecommendationsSample recommendationsSample;
    private final FieldWorkSample fieldWorkSample;
    private final IndicatorService indicators;
    private final StakeholderSample stakeholderSample;
    private final AideMemoireSample aideMemoireSample;
    private final ExchangeSample exchangeSample;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;

    SampleDataLoader(
            SampleFiles files,
            @Value("${jesr.sample-data.load:false}") boolean enabled,
            ReviewService reviews,
            OrganizationService organizations,
            ParticipantService participants,
            UserAccountService accounts,
            AgendaService agenda,
            RecommendationsSample recommendationsSample,
            FieldWorkSample fieldWorkSample,
            IndicatorService indicators,
            StakeholderSample stakeholderSample,
            AideMemoireSample aideMemoireSample,
            ExchangeSample exchangeSample,
            TransactionTemplate transactions,
            EntityManager entityManager) {
        this.exchangeSample = exchangeSample;
        this.stakeholderSample = stakeholderSample;
        this.aideMemoireSample = aideMemoireSample;
        this.files = files;
        this.enabled = enabled;
        this.reviews = reviews;
        this.organizations = organizations;
        this.participants = participants;
        this.accounts = accounts;
        this.agenda = agenda;
        this.recommendationsSample = recommendationsSample;
        this.fieldWorkSample = fieldWorkSample;
        this.indicators = indicators;
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** @return true when the sample was loaded by this call */
    public boolean loadIfEmpty() {
        return loadIfEmpty(false);
    }

    /**
     * Loads the sample with its optional parts too (the aide-memoire in consultation, the
     * delegations) even where settings turn them off, as the test profile does. Tests that need
     * them call this instead of starting a differently configured application context.
     */
    public boolean loadEverythingIfEmpty() {
        return loadIfEmpty(true);
    }

    /** Loads another sample set, such as the French {@code revue-2026-fr}, into an empty database. */
    public boolean loadSetIfEmpty(String set) {
        return files.withSet(set, () -> loadIfEmpty(true));
    }

    /** Adds the sample's delegations to an already loaded sample where settings left them out. */
    public void addDelegations() {
        SystemAuthentication.runAsSystem(() -> transactions.executeWithoutResult(
                status -> exchangeSample.load(reviews.current().orElseThrow(), true)));
    }

    private boolean loadIfEmpty(boolean everything) {
        Boolean loaded = SystemAuthentication.runAsSystem(() -> transactions.execute(status -> {
            if (reviews.count() > 0 || organizations.count() > 0 || accounts.count() > 0) {
                return false;
            }
            load(everything);
            return true;
        }));
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded the sample review from {}", files.folder());
        }
        return Boolean.TRUE.equals(loaded);
    }

    private void load(boolean everything) {
        Review review = reviews.save(review(files.properties("review.properties")));
        List<Runnable> parts = List.of(
                () -> files.ifPresent("organizations.csv", organizations::importCsv),
                this::createAccounts,
                () -> files.ifPresent("participants.csv", in -> participants.importCsv(review.id(), in)),
                () -> files.ifPresent("programme.csv", in -> agenda.importCsv(review.id(), review.zone(), in)),
                () -> files.ifPresent("indicators.csv", in -> indicators.importCsv(review.id(), in)),
                () -> fieldWorkSample.load(review),
                () -> recommendationsSample.load(review),
                () -> stakeholderSample.load(review),
                () -> aideMemoireSample.load(review, everything),
                () -> exchangeSample.load(review, everything));
        for (Runnable part : parts) {
            part.run();
            settle();
        }
    }

    /**
     * Writes what a part of the sample made and lets go of it, still in the one transaction. Every query
     * first flushes the open unit of work and walks all it holds, so a unit that keeps the whole sample
     * made the load quadratic: each service's look-up (the signed-in account, the open review) walked
     * every row loaded before it.
     */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private void createAccounts() {
        for (CsvTable.Row row : files.rows("accounts.csv", List.of("username", "password", "display_name", "roles"))) {
            Set<Role> roles = Arrays.stream(row.required("roles").split("[;|]"))
                    .map(String::trim)
                    .map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            String language = row.optional("language");
            accounts.createDemoAccount(
                    row.required("username"),
                    row.required("password"),
                    row.optional("password_bcrypt"),
                    row.required("display_name"),
                    roles,
                    language == null ? Language.DEFAULT.code() : language);
        }
    }

    private static Review review(Properties p) {
        Review review = new Review();
        review.setName(p.getProperty("name"));
        review.setCountryOrProvince(p.getProperty("country-or-province"));
        review.setYear(Integer.parseInt(p.getProperty("year")));
        review.setStartDate(LocalDate.parse(p.getProperty("start-date")));
        review.setEndDate(LocalDate.parse(p.getProperty("end-date")));
        review.setVenue(p.getProperty("venue"));
        review.setTimeZone(p.getProperty("time-zone"));
        review.setSectorPlan(p.getProperty("sector-plan"));
        review.setLanguages(p.getProperty("languages"));
        return review;
    }
}
