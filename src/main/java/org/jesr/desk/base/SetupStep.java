package org.jesr.desk.base;

import java.util.function.LongFunction;

/**
 * One step of preparing a review, shown on the organizers' first-run guide. Each feature that a
 * review is set up through contributes its own steps as beans, so the guide (in the review
 * feature) lists them without depending on the features that fill them.
 */
public interface SetupStep {

    /** Position in the guide: review, organizations, participants, accounts, themes, programme, evidence, obligations. */
    int order();

    /** Translation key of the step's name. */
    String titleKey();

    /** Translation key of what the step's screen fills in, shown while nothing is there yet. */
    String hintKey();

    /** The screen where the step is done. */
    String route();

    Progress progress(long reviewId);

    /** A step whose progress is read by a function of the review's id. */
    static SetupStep of(int order, String titleKey, String hintKey, String route, LongFunction<Progress> progress) {
        return new SetupStep() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public String hintKey() {
                return hintKey;
            }

            @Override
            public String route() {
                return route;
            }

            @Override
            public Progress progress(long reviewId) {
                return progress.apply(reviewId);
            }
        };
    }

    enum State implements Translatable {
        NOT_STARTED,
        STARTED,
        DONE;

        @Override
        public String keyPrefix() {

            return "setup.state";
        }
    }

    /** Where a step stands, with a sentence of counts (a translation key and its arguments). */
    record Progress(State state, String detailKey, Object... args) {

        /** Not started while nothing is there, done when the step's own rule holds, started in between. */
        public static Progress of(long count, boolean done, String detailKey, Object... args) {
            State state = count == 0 ? State.NOT_STARTED : done ? State.DONE : State.STARTED;
            return new Progress(state, detailKey, args);
        }
    }
}
