package org.jesr.desk.exchange;

import org.jspecify.annotations.Nullable;

/**
 * Evidence the host review's own data offers for a criterion: a share (0..1) or a number of
 * days, with the maturity it points to. Empty when the data is not there yet.
 */
public record EvidenceSuggestion(
        Criterion criterion,
        @Nullable Double value,
        boolean share,
        @Nullable Maturity suggested) {

    public static EvidenceSuggestion none(Criterion criterion, boolean share) {
        return new EvidenceSuggestion(criterion, null, share, null);
    }

    /** A quarter, a half and three quarters separate the four levels. */
    public static EvidenceSuggestion ofShare(Criterion criterion, long part, long whole) {
        if (whole == 0) {
            return none(criterion, true);
        }
        double share = (double) part / whole;
        Maturity level = share < 0.25
                ? Maturity.LATENT
                : share < 0.5 ? Maturity.EMERGING : share < 0.75 ? Maturity.ESTABLISHED : Maturity.ADVANCED;
        return new EvidenceSuggestion(criterion, share, true, level);
    }

    /** Within two weeks is advanced; a month, established; two months, emerging; later, latent. */
    public static EvidenceSuggestion ofDays(Criterion criterion, long days) {
        Maturity level = days <= 14
                ? Maturity.ADVANCED
                : days <= 30 ? Maturity.ESTABLISHED : days <= 60 ? Maturity.EMERGING : Maturity.LATENT;
        return new EvidenceSuggestion(criterion, (double) days, false, level);
    }
}
