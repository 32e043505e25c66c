-- Issue 12 (integrity). Portable SQL, idempotent like V1.
--
-- Each kiosk signs its seals and addenda with its own Ed25519 key; the public halves are registered here,
-- append-only (key_id is the SHA-256 of the X.509 encoding, hex). A key row is never changed or deleted, so a
-- signature stays checkable for as long as the record lives.
CREATE TABLE IF NOT EXISTS kiosk_key (
    key_id        CHAR(64)     PRIMARY KEY,
    kiosk_id      VARCHAR(64)  NOT NULL,
    public_key    VARCHAR(200) NOT NULL, -- X.509 SubjectPublicKeyInfo, base64
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The signature of a seal is written in the same UPDATE as the seal hash (the append-only trigger allows
-- that UPDATE because the row is not sealed yet); an addendum's in its INSERT. Ed25519 over the UTF-8 bytes of
-- the hex hash, base64 (88 characters).
ALTER TABLE therapy_session ADD COLUMN IF NOT EXISTS seal_key CHAR(64);
ALTER TABLE therapy_session ADD COLUMN IF NOT EXISTS seal_signature VARCHAR(100);
ALTER TABLE addendum ADD COLUMN IF NOT EXISTS signing_key CHAR(64);
ALTER TABLE addendum ADD COLUMN IF NOT EXISTS signature VARCHAR(100);

-- Where the signed era of each chain begins: the first seal (addendum) number written by a version that signs.
-- Links before it are legacy (reported unsigned, not failed); from it on a missing signature is a failure.
-- Fixed once, here, from the chain heads as they are at the upgrade; append-only like the chains.
CREATE TABLE IF NOT EXISTS signing_start (
    chain     VARCHAR(16) PRIMARY KEY,
    first_seq BIGINT      NOT NULL
);
INSERT INTO signing_start (chain, first_seq)
SELECT h.chain, h.seq + 1 FROM chain_head h
WHERE NOT EXISTS (SELECT 1 FROM signing_start s WHERE s.chain = h.chain);
