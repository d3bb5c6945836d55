package org.jesr.desk.exchange;

import org.jesr.desk.base.Translatable;

public enum RequestStatus implements Translatable {
    REQUESTED,
    ACCEPTED,
    DECLINED;

    @Override
    public String keyPrefix() {

        return "side-meeting.status";
    }
}
