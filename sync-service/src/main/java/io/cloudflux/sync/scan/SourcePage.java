package io.cloudflux.sync.scan;

import java.util.List;

import io.cloudflux.sync.catalog.Observation;

/**
 * One page of what a scan reads, a listing's or an inventory report's.
 *
 * @param nextToken where the next page starts, or null on the last page
 */
record SourcePage(List<Observation> observations, String nextToken) {

    SourcePage {
        observations = List.copyOf(observations);
    }
}
