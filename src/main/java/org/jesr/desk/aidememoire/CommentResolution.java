package org.jesr.desk.aidememoire;

import java.util.Locale;

public enum CommentResolution {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED;

    public String translationKey() {
        return "am-comment.resolution." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
