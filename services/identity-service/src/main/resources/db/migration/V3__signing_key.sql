-- RSA keys that sign the tokens. The newest is the active one; older ones stay published in the JWKS for an overlap
-- window. The private key is PKCS#8 encrypted with AES-256-GCM under the key-encryption key of the configuration
-- (never stored here): private_key_encrypted = 12-byte nonce || ciphertext || tag, with the kid as associated data.
CREATE TABLE signing_key (
    kid                   varchar(100) PRIMARY KEY,
    algorithm             varchar(10)  NOT NULL,
    public_key            bytea        NOT NULL,
    private_key_encrypted bytea        NOT NULL,
    created_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX signing_key_created_at ON signing_key (created_at DESC);
