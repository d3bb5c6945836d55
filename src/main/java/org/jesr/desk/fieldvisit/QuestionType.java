package org.jesr.desk.fieldvisit;

import org.jesr.desk.base.Translatable;

/** What kind of answer a checklist question takes; answers are stored as text in each kind's own form. */
public enum QuestionType implements Translatable {
    /** "true" or "false". */
    YES_NO,
    /** A whole number, zero or more. */
    NUMBER,
    /** The code of one of the question's choices. */
    CHOICE,
    /** Free text. */
    TEXT;

    @Override
    public String keyPrefix() {
        return "question-type";
    }
}
