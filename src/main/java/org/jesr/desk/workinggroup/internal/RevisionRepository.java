package org.jesr.desk.workinggroup.internal;

import java.util.List;
import org.jesr.desk.workinggroup.NotesField;
import org.jesr.desk.workinggroup.NotesRevision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<NotesRevision, Long> {

    List<NotesRevision> findByNotesIdAndFieldOrderBySavedAtDescIdDesc(long notesId, NotesField field);
}
