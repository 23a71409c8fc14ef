package io.cloudflux.tiering.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.cloudflux.tiering.bill.CostModel;
import io.cloudflux.tiering.catalog.PriceCatalogLoader;
import io.cloudflux.tiering.catalog.Provider;
import io.cloudflux.tiering.policy.Policies;
import io.cloudflux.tiering.policy.Policy;
import io.cloudflux.tiering.trace.TraceFormatException;
import io.cloudflux.tiering.trace.TraceReader;

/**
 * The what-if tool: {@code replay --trace FILE [--provider aws|azure|gcp] [--home P --allow P,…]
 * [--policies all|name,…] [--json OUT] [--csv OUT] [--lenient] [--at-end free|owed]}. Prints a table; exit code 2
 * on bad arguments, 1 on a bad trace. {@code --at-end owed} bills what objects alive at the trace's end still owe of
 * their minimum storage durations ({@link Simulator#commitmentsOwedAtEnd}); by default nothing is owed.
 */
public final class ReplayCli {
    static final String USAGE = "usage: replay --trace FILE [--provider aws|azure|gcp] [--home P --allow P,...] "
            + "[--policies all|name,...] [--json OUT] [--csv OUT] [--lenient] [--at-end free|owed]";

    private ReplayCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        CostModel model = new CostModel(PriceCatalogLoader.defaults(), o.home, o.allowed);
        List<Policy> online = new ArrayList<>();
        boolean oracle = false;
        for (String name : o.policies) {
            if (name.equals(Policies.ORACLE)) {
                oracle = true;
            } else {
                online.add(Policies.create(name, model));
            }
        }
        Simulator sim = new Simulator(model, online, oracle);
        if (o.owedAtEnd) {
            sim.commitmentsOwedAtEnd();
        }
        TraceReader reader;
        try (InputStream in = Files.newInputStream(o.trace)) {
            reader = TraceReader.of(in, o.lenient);
            reader.forEach(sim);
        } catch (TraceFormatException e) {
            err.println(o.trace + ": " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println(o.trace + ": " + e.getMessage());
            return 1;
        }
        ReplayResult result = sim.finish();
        out.print(Report.table(result));
        if (reader.skipped() > 0) {
            out.printf("skipped %d bad lines (--lenient); first: %s%n", reader.skipped(), reader.firstProblem());
        }
        try {
            if (o.json != null) {
                Files.writeString(o.json, Report.json(result), StandardCharsets.UTF_8);
            }
            if (o.csv != null) {
                Files.writeString(o.csv, Report.csv(result), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("cannot write report: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The parsed command line. */
    private record Options(Path trace, Provider home, Set<Provider> allowed, List<String> policies, Path json, Path csv,
                           boolean lenient, boolean owedAtEnd) {
        static Options parse(String[] args) {
            Path trace = null;
            Provider provider = null;
            Provider home = null;
            String allow = null;
            String policies = "all";
            Path json = null;
            Path csv = null;
            boolean lenient = false;
            boolean owedAtEnd = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--lenient" -> lenient = true;
                    case "--trace" -> trace = Path.of(value(args, ++i, a));
                    case "--provider" -> provider = Provider.of(value(args, ++i, a));
                    case "--home" -> home = Provider.of(value(args, ++i, a));
                    case "--allow" -> allow = value(args, ++i, a);
                    case "--policies" -> policies = value(args, ++i, a);
                    case "--json" -> json = Path.of(value(args, ++i, a));
                    case "--csv" -> csv = Path.of(value(args, ++i, a));
                    case "--at-end" -> owedAtEnd = switch (value(args, ++i, a)) {
                        case "free" -> false;
                        case "owed" -> true;
                        default -> throw new IllegalArgumentException("--at-end takes free or owed, not '" + args[i] + "'");
                    };
                    default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
                }
            }
            if (trace == null) {
                throw new IllegalArgumentException("--trace FILE is required");
            }
            if (provider != null && home != null && provider != home) {
                throw new IllegalArgumentException("--provider " + provider.id() + " and --home " + home.id() + " disagree");
            }
            if (allow != null && home == null) {
                throw new IllegalArgumentException("--allow needs --home");
            }
            Provider h = home != null ? home : provider != null ? provider : Provider.AWS;
            Set<Provider> allowed = EnumSet.of(h);
            if (allow != null) {
                for (String p : allow.split(",")) {
                    if (!p.isBlank()) {
                        allowed.add(Provider.of(p));
                    }
                }
            }
            List<String> names = new ArrayList<>();
            if (policies.equals("all")) {
                Policies.NAMES.stream().filter(n -> Policies.appliesTo(n, h)).forEach(names::add);
            } else {
                for (String n : policies.split(",")) {
                    String name = n.strip();
                    if (!Policies.appliesTo(name, h)) {
                        throw new IllegalArgumentException(name + " only runs on its own provider, not with home " + h.id());
                    }
                    names.add(name);
                }
            }
            return new Options(trace, h, allowed, names, json, csv, lenient, owedAtEnd);
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }
    }
}
