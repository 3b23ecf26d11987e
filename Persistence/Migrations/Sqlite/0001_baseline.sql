-- =============================================================================
-- Migration 0001 (SQLite): the schema as the release of 2026-12-07 had it, from which every later migration starts.
-- Idempotent (IF NOT EXISTS): a database made by that release or before, which has no migration journal yet, takes
-- it without change; a new database gets every table. Applied by SchemaMigrations (DbUp) in one transaction; the
-- journal mode (WAL) is set by the migrations' runner, outside any transaction, as SQLite requires.
-- =============================================================================
-- The grain state of versions before AfterSalesGrainState (Orleans' ADO.NET storage), read once at start-up by
-- LegacyMigration and never written again. One row per (service, grain type, grain id).
-- GrainIdExtensionString was stored as '' instead of NULL (SQLite treats NULLs as distinct in a primary key).
CREATE TABLE IF NOT EXISTS OrleansGrainState
(
    ServiceId              TEXT    NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NOT NULL DEFAULT '',
    GrainTypeHash          INTEGER NOT NULL,
    GrainIdHash            INTEGER NOT NULL,
    PayloadBinary          BLOB    NULL,
    Version                INTEGER NOT NULL,
    ModifiedOn             TEXT    NOT NULL,
    CONSTRAINT PK_OrleansGrainState
        PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- No index on ModifiedOn: every write changes it, and an index on it makes every
-- grain-state UPDATE non-HOT (measured: half the plain UPDATE rate). Databases
-- made by earlier versions lose it here.
DROP INDEX IF EXISTS IX_OrleansGrainState_ModifiedOn;

-- -----------------------------------------------------------------------------
-- AfterSales: the first answers to requests with an idempotency key (docs/api.md
-- "Lists, idempotency, limits"), outside the grains' state so they neither grow
-- it nor are lost with it. Scope = the grain, IdempotencyKey = caller/key,
-- Answer = the answer or refusal in Orleans' binary form, CreatedOn = Unix ms.
-- Rows older than Idempotency:KeepHours are deleted by the silo.
-- -----------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS AfterSalesIdempotency
(
    Scope          TEXT    NOT NULL,
    IdempotencyKey TEXT    NOT NULL,
    Fingerprint    TEXT    NOT NULL,
    Answer         BLOB    NOT NULL,
    CreatedOn      INTEGER NOT NULL,
    PRIMARY KEY (Scope, IdempotencyKey)
);

CREATE INDEX IF NOT EXISTS IX_AfterSalesIdempotency_CreatedOn ON AfterSalesIdempotency (CreatedOn);

-- =============================================================================
-- AfterSales: grain state, its outbox, and the read models fed by the outbox.
-- Times are Unix milliseconds (UTC); enums are their names.
-- =============================================================================

-- Every grain's state: key "state name/grain id", an integer ETag (optimistic
-- concurrency), the state as JSON. Written with its outbox rows in one
-- transaction (Persistence/Storage/SqlGrainStorage.cs).
CREATE TABLE IF NOT EXISTS AfterSalesGrainState
(
    StateKey   TEXT  NOT NULL PRIMARY KEY,
    ETag       INTEGER  NOT NULL,
    Payload    BLOB NOT NULL,
    ModifiedOn INTEGER  NOT NULL
);

-- The audit trails that only grow (a ticket's history, R-TKT-12): each write
-- appends its new entries here, so it does not rewrite the record's past.
CREATE TABLE IF NOT EXISTS AfterSalesJournal
(
    StateKey TEXT NOT NULL,
    Seq      INTEGER NOT NULL,
    Entry    TEXT NOT NULL,
    PRIMARY KEY (StateKey, Seq)
);

-- What each write tells the read models: the whole projection of one owner as of
-- its version (JSON). The projector applies and deletes rows in batches.
CREATE TABLE IF NOT EXISTS AfterSalesOutbox
(
    Seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    Kind       TEXT  NOT NULL,
    OwnerKey   TEXT  NOT NULL,
    Version    INTEGER  NOT NULL,
    Payload    TEXT  NOT NULL,
    CreatedOn  INTEGER  NOT NULL
);

-- Outbox messages the projector could not apply (logged with the error), kept
-- for an operator to look at instead of blocking the outbox.
CREATE TABLE IF NOT EXISTS AfterSalesOutboxFailed
(
    Kind      TEXT NOT NULL,
    OwnerKey  TEXT NOT NULL,
    Version   INTEGER NOT NULL,
    Payload   TEXT NOT NULL,
    Error     TEXT NOT NULL,
    CreatedOn INTEGER NOT NULL
);

-- The newest version of each owner the read models hold: a projection applies
-- only when it is newer, so one delivered twice counts once.
CREATE TABLE IF NOT EXISTS RmOwner
(
    OwnerKey TEXT NOT NULL PRIMARY KEY,
    Version  INTEGER NOT NULL
);

-- Tickets: the lists (keyset by ReceivedAt desc, Id desc) and the response-time facts.
CREATE TABLE IF NOT EXISTS RmTicket
(
    Id                 TEXT  NOT NULL PRIMARY KEY,
    Version            INTEGER  NOT NULL,
    Status             TEXT  NOT NULL,
    Channel            TEXT  NOT NULL,
    CustomerId         TEXT  NOT NULL,
    MachineSerial      TEXT  NOT NULL,
    ProductLine        TEXT  NOT NULL,
    Category           TEXT  NULL,
    EngineerId         TEXT  NULL,
    StationId          TEXT  NULL,
    Region             TEXT  NULL,
    RegionKey          TEXT  NULL,
    ReceivedAt         INTEGER  NOT NULL,
    Breached           INTEGER NOT NULL,
    SlaDueAt           INTEGER  NULL,
    FirstResponseHours REAL NULL,
    TimeToSiteHours    REAL NULL,
    ResolutionHours    REAL NULL,
    Breaches           INTEGER NOT NULL,
    Closed             INTEGER NOT NULL,
    Summary            TEXT  NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmTicket_Received ON RmTicket (ReceivedAt, Id);
-- Covers the response-time report over all tickets of a range (no filter).
CREATE INDEX IF NOT EXISTS IX_RmTicket_Facts ON RmTicket (ReceivedAt, FirstResponseHours, TimeToSiteHours, ResolutionHours, Breaches);
CREATE INDEX IF NOT EXISTS IX_RmTicket_Customer ON RmTicket (CustomerId, ReceivedAt);
CREATE INDEX IF NOT EXISTS IX_RmTicket_Engineer ON RmTicket (EngineerId, ReceivedAt);
CREATE INDEX IF NOT EXISTS IX_RmTicket_Station ON RmTicket (StationId, ReceivedAt);
CREATE INDEX IF NOT EXISTS IX_RmTicket_Region ON RmTicket (RegionKey, ReceivedAt);
CREATE INDEX IF NOT EXISTS IX_RmTicket_SlaDue ON RmTicket (SlaDueAt);

-- Old parts replaced under warranty, expected back at the warehouse (R-WTY-3).
CREATE TABLE IF NOT EXISTS RmOldPart
(
    TicketId  TEXT  NOT NULL,
    PartNo    TEXT  NOT NULL,
    Quantity  INTEGER NOT NULL,
    DueAt     INTEGER  NOT NULL,
    State     TEXT  NOT NULL,
    PRIMARY KEY (TicketId, PartNo)
);
CREATE INDEX IF NOT EXISTS IX_RmOldPart_Due ON RmOldPart (State, DueAt);

-- Satisfaction responses of every source (R-SAT-1), by the owner that counts them.
CREATE TABLE IF NOT EXISTS RmSatisfaction
(
    Id          TEXT  NOT NULL PRIMARY KEY,
    OwnerKey    TEXT  NOT NULL,
    Source      TEXT  NOT NULL,
    Score       INTEGER NOT NULL,
    At          INTEGER  NOT NULL,
    CustomerId  TEXT  NULL,
    EngineerId  TEXT  NULL,
    StationId   TEXT  NULL,
    RegionKey   TEXT  NULL,
    ProductLine TEXT  NULL
);
CREATE INDEX IF NOT EXISTS IX_RmSatisfaction_At ON RmSatisfaction (At);
CREATE INDEX IF NOT EXISTS IX_RmSatisfaction_Owner ON RmSatisfaction (OwnerKey);

-- SLA alerts for the service manager (R-TKT-3, R-TKT-5).
CREATE TABLE IF NOT EXISTS RmAlert
(
    Id             TEXT  NOT NULL PRIMARY KEY,
    TicketId       TEXT  NOT NULL,
    Payload        TEXT  NOT NULL,
    RaisedAt       INTEGER  NOT NULL,
    Acknowledged   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmAlert_Ticket ON RmAlert (TicketId);
CREATE INDEX IF NOT EXISTS IX_RmAlert_Raised ON RmAlert (RaisedAt, Id);

-- Master data as lists (customers, engineers, stations, sites; keyset by Id): the name
-- and id to search in any case, the regions ("|a|b|", lower case), whose it is (a site's
-- customer), how many things await an answer, the list's line (JSON).
CREATE TABLE IF NOT EXISTS RmDirectory
(
    Kind       TEXT  NOT NULL,
    Id         TEXT  NOT NULL,
    SearchKey  TEXT  NOT NULL,
    RegionKeys TEXT  NOT NULL,
    OwnerId    TEXT  NULL,
    Attention  integer NOT NULL,
    Summary    TEXT  NOT NULL,
    PRIMARY KEY (Kind, Id)
);

-- Uploads of evidence files (docs/api.md "Evidence files"): when the bytes of each were last received, and whether a
-- command ever named them; who they were uploaded for, to ask whether that owner names them. A file no command
-- named is deleted a day after its last upload (UnnamedFileSweep); files kept before this ledger count as named.
CREATE TABLE IF NOT EXISTS AfterSalesUpload
(
    Sha256     TEXT NOT NULL PRIMARY KEY,
    UploadedOn INTEGER NOT NULL,
    Named      INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_AfterSalesUpload_Unnamed ON AfterSalesUpload (UploadedOn) WHERE Named = 0;

CREATE TABLE IF NOT EXISTS AfterSalesUploadOwner
(
    Sha256    TEXT NOT NULL,
    OwnerKind TEXT NOT NULL,
    OwnerId   TEXT NOT NULL,
    PRIMARY KEY (Sha256, OwnerKind, OwnerId)
);

-- Done once: grain state copied from Orleans' OrleansGrainState, aggregates retired.
CREATE TABLE IF NOT EXISTS AfterSalesMigration
(
    Name   TEXT NOT NULL PRIMARY KEY,
    DoneOn INTEGER NOT NULL
);

-- Notifications (docs/api.md "Notifications and webhooks"): the events the grains' outbox carried, each once by its id;
-- what is to be sent for each (a delivery per channel and recipient, once each), with its attempts and result; and
-- the webhook subscriptions.
CREATE TABLE IF NOT EXISTS AfterSalesEvent
(
    Id        TEXT   NOT NULL PRIMARY KEY,
    Type      TEXT   NOT NULL,
    TicketId  TEXT   NULL,
    Version   INTEGER NOT NULL DEFAULT 0,
    Payload   TEXT   NOT NULL,
    CreatedOn INTEGER NOT NULL,
    Expanded  integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS IX_AfterSalesEvent_Expanded ON AfterSalesEvent (CreatedOn) WHERE Expanded = 0;

CREATE TABLE IF NOT EXISTS AfterSalesDelivery
(
    Id             INTEGER PRIMARY KEY AUTOINCREMENT,
    EventId        TEXT   NOT NULL,
    Event          TEXT   NOT NULL,
    TicketId       TEXT   NULL,
    Channel        TEXT   NOT NULL,
    Recipient      TEXT   NOT NULL,
    SubscriptionId TEXT   NULL,
    Language       TEXT   NULL,
    Status         TEXT   NOT NULL,
    Attempts       integer NOT NULL DEFAULT 0,
    LastCode       integer NULL,
    LastError      TEXT   NULL,
    CreatedOn      INTEGER NOT NULL,
    NextAttemptAt  INTEGER NOT NULL,
    SentAt         INTEGER NULL,
    UNIQUE (EventId, Channel, Recipient)
);
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Due ON AfterSalesDelivery (NextAttemptAt) WHERE Status = 'Pending';
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Ticket ON AfterSalesDelivery (TicketId, Id);
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Subscription ON AfterSalesDelivery (SubscriptionId, Id);

CREATE TABLE IF NOT EXISTS AfterSalesWebhook
(
    Id        TEXT   NOT NULL PRIMARY KEY,
    Kind      TEXT   NOT NULL,
    Url       TEXT   NOT NULL,
    Events    TEXT   NOT NULL,
    Secret    TEXT   NOT NULL,
    CreatedBy TEXT   NOT NULL,
    CreatedOn INTEGER NOT NULL
);
