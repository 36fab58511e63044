-- The rules' generation, shared by every node of the service on the database: a reload that compiles on one node
-- bumps it, and each node polls it and reloads its own rules folder when it moved. One row (slot 1): the counter,
-- who reloaded and when, and the SHA-256 of the rules folder's content as the reloading node read it (null for the
-- packaged rules). Portable SQL, as V1.

CREATE TABLE rules_generation (
    slot        INTEGER                  NOT NULL PRIMARY KEY,
    generation  BIGINT                   NOT NULL,
    reloaded_by VARCHAR(255),
    reloaded_at TIMESTAMP WITH TIME ZONE,
    rules_hash  VARCHAR(64),
    CONSTRAINT rules_generation_one_row CHECK (slot = 1)
);

INSERT INTO rules_generation (slot, generation) VALUES (1, 0);
