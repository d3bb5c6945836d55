package org.jesr.desk.aidememoire;

import org.jesr.desk.base.Translatable;

public enum CommentResolution implements Translatable {
    ACCEPTED,
    PARTLY_ACCEPTED,
    NOT_ACCEPTED;

    @Override
    public String keyPrefix() {

        return "am-comment.resolution";
    }
}
