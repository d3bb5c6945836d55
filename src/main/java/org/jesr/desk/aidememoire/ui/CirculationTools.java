package org.jesr.desk.aidememoire.ui;

import org.jesr.desk.aidememoire.CirculationService;
import org.jesr.desk.base.ui.PublicUrls;
import org.jesr.desk.mail.Outbox;
import org.jesr.desk.participant.AudienceService;
import org.springframework.stereotype.Component;

/** What the circulation form needs, in one bean, so the aide-memoire screen's constructor stays short. */
@Component
record CirculationTools(CirculationService circulation, AudienceService audiences, PublicUrls urls, Outbox outbox) {}
