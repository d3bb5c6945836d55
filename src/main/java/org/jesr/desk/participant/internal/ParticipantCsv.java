package org.jesr.desk.participant.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jesr.desk.base.Language;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.base.csv.CsvWriter;
import org.jesr.desk.participant.Organization;
import org.jesr.desk.participant.Participant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the participant list as CSV. Reading checks every row before the
 * caller stores any, so a bad line leaves the list as it was.
 */
@Component
public class ParticipantCsv {

    public static final List<String> COLUMNS =
            List.of("name", "title", "organization", "email", "phone", "language", "account");

    private final OrganizationRepository organizations;
    private final ParticipantRepository participants;

    ParticipantCsv(OrganizationRepository organizations, ParticipantRepository participants) {
        this.organizations = organizations;
        this.participants = participants;
    }

    /**
     * @param accountIds resolves the optional "account" column (a username) to a user id,
     *                   or null when there is no such account
     */
    public List<Participant> read(long reviewId, InputStream csv, Function<String, @Nullable Long> accountIds) {
        CsvTable table = CsvTable.read(csv, List.of("name", "organization", "email"));
        Map<String, Organization> byNameOrAcronym = organizationIndex();
        // Read once: a query per row made a 10,000-row file take seconds longer.
        Set<String> taken = new HashSet<>();
        participants.findByReviewIdOrderByNameAsc(reviewId).forEach(existing -> taken.add(existing.getEmail()));
        Set<String> emails = new HashSet<>();
        List<Participant> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Participant p = new Participant();
            p.setReviewId(reviewId);
            p.setName(row.required("name"));
            p.setTitle(row.optional("title"));
            String orgRef = row.required("organization");
            Organization organization = byNameOrAcronym.get(orgRef.toLowerCase(Locale.ROOT));
            if (organization == null) {
                throw new CsvImportException(row.line(), "organization", "import.error.unknown-organization", orgRef);
            }
            p.setOrganization(organization);
            p.setEmail(row.required("email"));
            p.setPhone(row.optional("phone"));
            String language = row.optional("language");
            p.setPreferredLanguage(language == null ? Language.DEFAULT.code() : language.toLowerCase(Locale.ROOT));
            String account = row.optional("account");
            if (account != null) {
                Long accountId = accountIds.apply(account);
                if (accountId == null) {
                    throw new CsvImportException(row.line(), "account", "import.error.unknown-account", account);
                }
                p.setUserAccountId(accountId);
            }
            ParticipantRules.check(p).ifPresent(v -> {
                throw new CsvImportException(row.line(), v.column(), v.key(), v.args());
            });
            if (!emails.add(p.getEmail()) || taken.contains(p.getEmail())) {
                throw new CsvImportException(row.line(), "email", "import.error.duplicate-email", p.getEmail());
            }
            result.add(p);
        }
        return result;
    }

    private Map<String, Organization> organizationIndex() {
        Map<String, Organization> index = new HashMap<>();
        for (Organization o : organizations.findAll()) {
            index.put(o.getName().toLowerCase(Locale.ROOT), o);
            if (o.getAcronym() != null && !o.getAcronym().isBlank()) {
                // An acronym shared by two organizations is ambiguous; the full name still works.
                index.merge(
                        o.getAcronym().toLowerCase(Locale.ROOT),
                        o,
                        (a, b) -> a.getName().equalsIgnoreCase(o.getAcronym()) ? a : null);
            }
        }
        return index;
    }

    public String write(List<Participant> list, Function<Long, String> accountNames) {
        List<List<String>> rows = list.stream()
                .map(p -> List.of(
                        p.getName(),
                        nullToEmpty(p.getTitle()),
                        p.getOrganization() == null ? "" : p.getOrganization().getName(),
                        p.getEmail(),
                        nullToEmpty(p.getPhone()),
                        p.getPreferredLanguage(),
                        p.getUserAccountId() == null ? "" : accountNames.apply(p.getUserAccountId())))
                .toList();
        return CsvWriter.write(COLUMNS, rows);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
