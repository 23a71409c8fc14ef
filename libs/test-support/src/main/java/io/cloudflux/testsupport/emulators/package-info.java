/**
 * Cloud storage emulators for tests and benchmarks, one per JVM, started on first use on free ports of 127.0.0.1
 * and stopped when the JVM exits; environment variables point tests at servers that already run instead.
 */
package io.cloudflux.testsupport.emulators;
