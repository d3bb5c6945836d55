package org.jesr.desk.exchange;

import java.util.Locale;

public enum RequestStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED;

    public String translationKey() {
        return "side-meeting.status." + name().toLowerCase(Locale.ROOT);
    }
}
