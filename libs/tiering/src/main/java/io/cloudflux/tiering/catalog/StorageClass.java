package io.cloudflux.tiering.catalog;

import java.util.List;

/**
 * A storage class of one provider with its prices and rules. Request fees are per
 * {@code requestUnit} requests as the provider publishes them; {@link #writeUsd()} and
 * {@link #readUsd()} give them per single request.
 */
public record StorageClass(
        Provider provider,
        String name,
        List<PriceTier> storagePerGbMonth,
        Figure writePerUnit,
        Figure readPerUnit,
        int requestUnit,
        List<RetrievalOption> retrieval,
        Figure minDurationDays,
        Figure minBillableBytes,
        Figure overheadBytes,
        Figure overheadHottestBytes,
        boolean rehydration,
        String firstByte,
        AutoTiering autoTiering) {

    public StorageClass {
        storagePerGbMonth = List.copyOf(storagePerGbMonth);
        retrieval = List.copyOf(retrieval);
    }

    /** {@code aws:STANDARD_IA}. */
    public String id() {
        return provider.id() + ":" + name;
    }

    /** Price per GB-month of the first volume tier: the marginal price of an account below its first break. */
    public double storageUsdPerGbMonth() {
        return storagePerGbMonth.get(0).price().value();
    }

    public double writeUsd() {
        return writePerUnit.value() / requestUnit;
    }

    public double readUsd() {
        return readPerUnit.value() / requestUnit;
    }

    /** The first listed retrieval option, the one replay charges. */
    public RetrievalOption defaultRetrieval() {
        return retrieval.get(0);
    }

    public double retrievalUsdPerGb() {
        return defaultRetrieval().perGb().value();
    }

    /** Extra per-request fee of the default retrieval option (e.g. a Glacier restore request). */
    public double retrievalUsdPerRequest() {
        Figure f = defaultRetrieval().perRequestUnit();
        return f == null ? 0 : f.value() / requestUnit;
    }

    public int minDays() {
        return minDurationDays.intValue();
    }

    public boolean isAutoTiering() {
        return autoTiering != null;
    }
}
