-- The webhook: one callback URL per service (the row whose slot is 1), which receives a summary of each stored
-- check, and the state of its deliveries as every node of the service records it. Portable SQL, as V1.
-- A new URL is a new row id: deliveries still under way to the old URL record nothing on the new one.

CREATE TABLE webhooks (
    slot                 INTEGER                  NOT NULL PRIMARY KEY,
    id                   VARCHAR(36)              NOT NULL,
    url                  VARCHAR(2048)            NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(255),
    last_attempt_at      TIMESTAMP WITH TIME ZONE,
    last_status          INTEGER,
    last_error           VARCHAR(1000),
    last_delivered_at    TIMESTAMP WITH TIME ZONE,
    delivered            BIGINT                   NOT NULL,
    failed               BIGINT                   NOT NULL,
    consecutive_failures INTEGER                  NOT NULL,
    CONSTRAINT webhooks_one_per_service CHECK (slot = 1)
);
