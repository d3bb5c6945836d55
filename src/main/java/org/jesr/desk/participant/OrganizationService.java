package org.jesr.desk.participant;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jesr.desk.base.ImportSummary;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.base.csv.CsvImportException;
import org.jesr.desk.base.csv.CsvTable;
import org.jesr.desk.participant.internal.OrganizationRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organizations taking part: government departments, partners, civil society, delegations. */
@Service
public class OrganizationService {

    static final List<String> CSV_COLUMNS = List.of("name", "acronym", "constituency");

    private final OrganizationRepository organizations;

    OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Organization> search(String text, Pageable pageable) {
        return organizations.search("%" + text.trim().toLowerCase(Locale.ROOT) + "%", pageable);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organization> all() {
        return organizations.findAllByOrderByNameAsc();
    }

    /**
     * Names of organizations, for a review's public page: which organization answers for an agreed
     * recommendation is part of what the review published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, String> publicNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organizations.findAllById(ids).forEach(o -> names.put(o.id(), o.getName()));
        return names;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return organizations.count();
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public Organization save(Organization organization) {
        if (organization.getName().isBlank()) {
            throw new TranslatedException("validation.required");
        }
        // Before the name is looked up: PostgreSQL refuses a NUL even in a query, untranslated.
        TextRules.requireClean(organization.getName());
        TextRules.requireClean(organization.getAcronym());
        organizations
                .findByNameIgnoreCase(organization.getName().trim())
                .filter(other -> !other.id().equals(organization.getId()))
                .ifPresent(other -> {
                    throw new TranslatedException("organization.error.duplicate", organization.getName());
                });
        organization.setName(organization.getName().trim());
        return organizations.saveAndFlush(organization);
    }

    /**
     * Imports organizations from CSV (name, acronym, constituency): all rows or none. An organization
     * already listed under the same name takes the file's acronym and constituency.
     */
    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public ImportSummary importCsv(InputStream csv) {
        CsvTable table = CsvTable.read(csv, List.of("name", "constituency"));
        Set<String> seen = new HashSet<>();
        Map<String, Organization> existing = new HashMap<>();
        organizations.findAll().forEach(o -> existing.put(o.getName().toLowerCase(Locale.ROOT), o));
        List<Organization> changed = new ArrayList<>();
        int updated = 0;
        for (CsvTable.Row row : table.rows()) {
            String name = row.limited("name", Organization.NAME_MAX, true);
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new CsvImportException(row.line(), "name", "organization.error.duplicate", name);
            }
            Organization organization = existing.get(name.toLowerCase(Locale.ROOT));
            if (organization == null) {
                organization = new Organization();
                organization.setName(name);
            } else {
                updated++;
            }
            String acronym = row.limited("acronym", Organization.ACRONYM_MAX, false);
            organization.setAcronym(acronym.isEmpty() ? null : acronym);
            organization.setConstituency(constituency(row));
            changed.add(organization);
        }
        organizations.saveAll(changed);
        return new ImportSummary(changed.size() - updated, updated);
    }

    private static Constituency constituency(CsvTable.Row row) {
        String value = row.required("constituency")
                .trim()
                .toUpperCase(Locale.ROOT)
                .replace(' ', '_')
                .replace('-', '_');
        try {
            return Constituency.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new CsvImportException(
                    row.line(), "constituency", "import.error.constituency", row.required("constituency"));
        }
    }
}
