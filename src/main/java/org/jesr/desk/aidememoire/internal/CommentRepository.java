package org.jesr.desk.aidememoire.internal;

import java.util.List;
import org.jesr.desk.aidememoire.ParagraphComment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<ParagraphComment, Long> {

    List<ParagraphComment> findByVersionIdOrderByParagraphNumberAscIdAsc(long versionId);
}
