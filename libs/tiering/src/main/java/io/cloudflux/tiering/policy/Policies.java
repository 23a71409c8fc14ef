package io.cloudflux.tiering.policy;

import java.util.ArrayList;
import java.util.List;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.catalog.StorageClass;

/**
 * The policies by name. Vendor baselines only exist in their own cloud. A {@code +optin} suffix on
 * an automatic-tiering baseline enables its opt-in tiers (S3 archive access tiers, Autoclass
 * terminal class ARCHIVE).
 */
public final class Policies {
    public static final String ALL_HOT = "all-hot";
    public static final String S3_INTELLIGENT_TIERING = "s3-intelligent-tiering";
    public static final String GCS_AUTOCLASS = "gcs-autoclass";
    public static final String AZURE_LIFECYCLE = "azure-lifecycle";
    public static final String LIFECYCLE_AGE = "lifecycle-age";
    public static final String CLOUDFLUX = "cloudflux";
    public static final String ORACLE = "oracle";
    public static final String OPT_IN = "+optin";

    /** Every policy name, online ones first, in report order. */
    public static final List<String> NAMES = List.of(ALL_HOT, S3_INTELLIGENT_TIERING, GCS_AUTOCLASS, AZURE_LIFECYCLE,
            LIFECYCLE_AGE, CLOUDFLUX, ORACLE);

    private Policies() {
    }

    /** Whether {@code name} runs for a trace replayed with this home provider. */
    public static boolean appliesTo(String name, Provider home) {
        String base = name.endsWith(OPT_IN) ? name.substring(0, name.length() - OPT_IN.length()) : name;
        return switch (base) {
            case S3_INTELLIGENT_TIERING -> home == Provider.AWS;
            case GCS_AUTOCLASS -> home == Provider.GCP;
            case AZURE_LIFECYCLE -> home == Provider.AZURE;
            case ALL_HOT, LIFECYCLE_AGE, CLOUDFLUX, ORACLE -> true;
            default -> throw new IllegalArgumentException("unknown policy '" + name + "' (known: " + String.join(", ", NAMES)
                    + "; auto-tiering baselines also with " + OPT_IN + ")");
        };
    }

    /**
     * Fresh instances of every online policy that runs with the model's home provider, in report
     * order, each automatic-tiering baseline also with its {@code +optin} tiers.
     */
    public static List<Policy> online(CostModel model) {
        List<Policy> online = new ArrayList<>();
        for (String name : NAMES) {
            if (!name.equals(ORACLE) && appliesTo(name, model.home())) {
                online.add(create(name, model));
                if (name.equals(S3_INTELLIGENT_TIERING) || name.equals(GCS_AUTOCLASS)) {
                    online.add(create(name + OPT_IN, model));
                }
            }
        }
        return online;
    }

    /** A fresh online policy for one replay (policies learn, so they are not shared between runs). */
    public static Policy create(String name, CostModel model) {
        return create(name, model, new StatisticalForecaster());
    }

    public static Policy create(String name, CostModel model, Forecaster forecaster) {
        Provider home = model.home();
        boolean optIn = name.endsWith(OPT_IN);
        String base = optIn ? name.substring(0, name.length() - OPT_IN.length()) : name;
        if (!appliesTo(name, home)) {
            throw new IllegalArgumentException(name + " only runs on its own provider, not on " + home.id());
        }
        return switch (base) {
            case ALL_HOT -> new AllHotPolicy(model);
            case S3_INTELLIGENT_TIERING -> new AutoTieringPolicy(name,
                    model.placement(Provider.AWS, "INTELLIGENT_TIERING", optIn).index());
            case GCS_AUTOCLASS -> new AutoTieringPolicy(name, model.placement(Provider.GCP, "AUTOCLASS", optIn).index());
            case AZURE_LIFECYCLE -> new IdleRulePolicy(name, model.hottest().index(), new IdleRulePolicy.Step[] {
                step(model, "Cool", 30), step(model, "Cold", 90)}, true, true);
            case LIFECYCLE_AGE -> new IdleRulePolicy(name, model.hottest().index(), ageSteps(model), false, false);
            case CLOUDFLUX -> new CloudfluxPolicy(model, forecaster);
            case ORACLE -> throw new IllegalArgumentException("the oracle is not an online policy: see io.cloudflux.tiering.oracle");
            default -> throw new IllegalArgumentException("unknown policy '" + name + "'");
        };
    }

    /** The classic age rule: the provider's infrequent-access class at 30 days, its instant archive class at 90. */
    private static IdleRulePolicy.Step[] ageSteps(CostModel model) {
        return switch (model.home()) {
            case AWS -> new IdleRulePolicy.Step[] {step(model, "STANDARD_IA", 30), step(model, "GLACIER_IR", 90)};
            case AZURE -> new IdleRulePolicy.Step[] {step(model, "Cool", 30), step(model, "Cold", 90)};
            case GCP -> new IdleRulePolicy.Step[] {step(model, "NEARLINE", 30), step(model, "COLDLINE", 90)};
        };
    }

    private static IdleRulePolicy.Step step(CostModel model, String className, int days) {
        StorageClass c = model.catalog().provider(model.home()).storageClass(className);
        return new IdleRulePolicy.Step(days, model.placement(model.home(), className).index(), c.minBillableBytes().longValue());
    }
}
