/**
 * One storage SPI, {@link io.cloudflux.storage.StorageAdapter}, with adapters for AWS S3, Azure Blob Storage, Google
 * Cloud Storage and a local filesystem; typed errors, one retry policy, and a verified cross-adapter copy.
 */
package io.cloudflux.storage;
