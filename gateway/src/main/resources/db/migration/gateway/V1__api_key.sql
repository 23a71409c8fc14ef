-- API keys: only a SHA-256 of each key is kept; the key itself is shown once, when it is created.
CREATE TABLE api_key (
    id           UUID PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(16)  NOT NULL CHECK (role IN ('VIEWER', 'OPERATOR', 'ADMIN')),
    key_hash     VARCHAR(64)  NOT NULL UNIQUE,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_key_created_at ON api_key (created_at);
