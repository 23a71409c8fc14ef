package io.cloudflux.tiering.policy;

/**
 * Forecasts an object's reads from what is known so far. It follows each object from its upload
 * (keeping whatever per-object state it returns from {@link #track}) and may learn from every
 * object it has seen. The predictor service's model plugs in here; {@link StatisticalForecaster}
 * is the default.
 */
public interface Forecaster {
    /** A new object on {@code day}; returns this forecaster's state for it. */
    Object track(ObjectView o, int day);

    /** {@code count} reads of the object on {@code day} (called once per read event, in time order). */
    void observeRead(Object state, ObjectView o, int day, int count);

    /** The object was deleted on {@code lastDay}, or the trace ended after it. */
    void observeEnd(Object state, ObjectView o, int lastDay, boolean deleted);

    /** The forecast at the start of {@code day}, before that day's reads. */
    Forecast forecast(Object state, ObjectView o, int day);
}
