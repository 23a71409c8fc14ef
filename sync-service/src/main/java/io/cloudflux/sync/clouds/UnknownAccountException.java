package io.cloudflux.sync.clouds;

/** A request named an account, or a bucket of an account, that is not configured under {@code cloudflux.clouds}. */
public class UnknownAccountException extends RuntimeException {

    public UnknownAccountException(String message) {
        super(message);
    }
}
