package io.cloudflux.tiering.replay;

import io.cloudflux.tiering.bill.Bill;

/** One policy's bill over a whole trace. */
public record PolicyResult(String name, Bill bill) {
    public double totalUsd() {
        return bill.total();
    }
}
