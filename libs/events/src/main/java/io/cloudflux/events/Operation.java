package io.cloudflux.events;

/** What an access did to an object, in the vocabulary shared by the three providers' access logs. */
public enum Operation {
    GET, PUT, HEAD, DELETE, COPY, LIST
}
