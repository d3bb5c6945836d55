package org.jesr.desk.participant;

import java.util.List;

/** Implemented by a feature that groups participants (working groups, delegations). */
public interface AudienceSource {

    List<Audience> audiences(long reviewId);
}
