package org.jesr.desk.evidence;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jesr.desk.base.NotFound;
import org.jesr.desk.base.TextRules;
import org.jesr.desk.base.TranslatedException;
import org.jesr.desk.evidence.internal.DocumentRepository;
import org.jesr.desk.evidence.internal.FileStore;
import org.jesr.desk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The review's document library: the progress report, terms of reference, presentations, data files. */
@Service
public class DocumentService {

    public static final int TITLE_MAX = 200;

    private final DocumentRepository documents;
    private final FileStore files;
    private final Clock clock;

    DocumentService(DocumentRepository documents, FileStore files, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public long maxBytes() {
        return files.maxBytes();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LibraryDocument> list(long reviewId) {
        return documents.findByReviewIdOrderByUploadedAtDescIdDesc(reviewId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LibraryDocument> find(long id) {
        return documents.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LibraryDocument> linkedTo(long reviewId, DocumentLink link) {
        return list(reviewId).stream().filter(d -> d.getLinks().contains(link)).toList();
    }

    /** Checks the content and stores the file first, so a refused file leaves no row behind. */
    @PreAuthorize("hasAnyRole('ORGANIZER', 'CONTRIBUTOR')")
    @Transactional
    public LibraryDocument upload(
            long reviewId, String title, DocumentCategory category, String fileName, byte[] bytes) {
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_MAX) {
            throw new TranslatedException("document.error.title", TITLE_MAX);
        }
        TextRules.requireClean(cleanTitle);
        FileStore.Stored stored = files.store(bytes, fileName);
        // The file is written before the row; if the transaction then rolls back (this upload or
        // the written input it belongs to), the file goes too, so no orphan stays in the data folder.
        deleteOnRollback(stored.name());
        String shownName = shownName(fileName, stored.extension());
        return documents.save(new LibraryDocument(
                reviewId,
                cleanTitle,
                category,
                shownName,
                stored.name(),
                stored.contentType(),
                stored.size(),
                CurrentUser.name(),
                clock.instant()));
    }

    /** The name a download gets: the one given, cleaned, with the extension of what the file really is. */
    static String shownName(String fileName, String extension) {
        String clean = fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        int dot = clean.lastIndexOf('.');
        String base = dot > 0 ? clean.substring(0, dot) : clean;
        base = base.length() > 190 ? base.substring(base.length() - 190) : base;
        return base + "." + extension;
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public LibraryDocument setLinks(long documentId, Set<DocumentLink> links) {
        LibraryDocument document = documents.findById(documentId).orElseThrow(NotFound::new);
        document.setLinks(new LinkedHashSet<>(links));
        return documents.save(document);
    }

    @PreAuthorize("hasRole('ORGANIZER')")
    @Transactional
    public void delete(long documentId) {
        documents.findById(documentId).ifPresent(d -> {
            documents.delete(d);
            files.delete(d.getStoredName());
        });
    }

    @PreAuthorize("isAuthenticated()")
    public byte[] content(LibraryDocument document) {
        return files.read(document.getStoredName());
    }

    private void deleteOnRollback(String storedName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        files.delete(storedName);
                    }
                }
            });
        }
    }
}
