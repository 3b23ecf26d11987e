-- =============================================================================
-- Migration 0001 (PostgreSQL): the schema as the release of 2026-12-07 had it, from which every later migration
-- starts, without the Orleans ADO.NET grain storage's and reminders' queries, which the service does not use
-- (0002 removes them from a database that has them). Idempotent (IF NOT EXISTS, upserted queries): a database made
-- by that release or before, which has no migration journal yet, takes it without change. Applied by
-- SchemaMigrations (DbUp) in one transaction, under an advisory lock that serialises the silos starting together.
--
-- Orleans' ADO.NET clustering (AdoNetClusteringTable, AdoNetGatewayListProvider) reads its queries from
-- OrleansQuery by key: every parameter arrives typed (int -> integer, long -> bigint, string -> text,
-- DateTime -> timestamptz, always UTC); result columns are read by name (unquoted identifiers come back lower-case
-- and Npgsql's GetOrdinal matches them case-insensitively).
-- =============================================================================
-- Don't report "relation ... already exists, skipping" notices on every start.
SET LOCAL client_min_messages = warning;

-- Shared by all Orleans ADO.NET providers (same shape as Orleans' own scripts,
-- so an existing OrleansQuery table created by them is reused as it is).
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,
    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey)
);


-- #############################################################################
-- 1. THE GRAIN STATE OF EARLIER VERSIONS (Orleans' ADO.NET storage)
-- #############################################################################
--   Read once at start-up by LegacyMigration (into AfterSalesGrainState), never written again.

-- One row per (service, state name, grain id). The natural key is the primary
-- key (an upsert needs a unique key); the hashes Orleans computes are stored for
-- reference only. GrainIdExtensionString holds '' instead of NULL because NULLs
-- never conflict in a unique key (Orleans never makes an empty extension: an
-- empty one means "none"). Note: a btree key entry is limited to ~2.7 kB, so a
-- string grain key (stored in GrainIdExtensionString) must stay below that.
CREATE TABLE IF NOT EXISTS OrleansGrainState
(
    ServiceId              text        NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainIdExtensionString text        NOT NULL DEFAULT '',
    GrainTypeHash          integer     NOT NULL,
    GrainIdHash            integer     NOT NULL,
    PayloadBinary          bytea       NULL,
    Version                integer     NOT NULL,
    ModifiedOn             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT PK_OrleansGrainState
        PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- No index on ModifiedOn: every write changes it, and an index on it makes every
-- grain-state UPDATE non-HOT (measured: half the plain UPDATE rate). Databases
-- made by earlier versions lose it here.
DROP INDEX IF EXISTS IX_OrleansGrainState_ModifiedOn;

-- #############################################################################
-- 2. CLUSTER MEMBERSHIP (AdoNetClusteringTable, AdoNetGatewayListProvider)
-- #############################################################################
--   Required keys (checked at start-up, silo and client alike):
--   GatewaysQueryKey, MembershipReadRowKey, MembershipReadAllKey,
--   InsertMembershipVersionKey, UpdateIAmAlivetimeKey (sic, lower-case t),
--   InsertMembershipKey, UpdateMembershipKey, DeleteMembershipTableEntriesKey,
--   CleanupDefunctSiloEntriesKey. Optional: CleanupDefunctSiloEntryKey; when it
--   exists, 10.4.2 uses it INSTEAD of CleanupDefunctSiloEntriesKey.
--   @DeploymentId is the ClusterId. A silo is keyed by @Address (text, e.g.
--   '10.0.0.5'), @Port int and @Generation int. @Status int is the SiloStatus
--   (3 = Active, 6 = Dead). @Version int is the table version the caller read.
--   Rules: every membership change (insert/update of a row) bumps the one version
--   row of the cluster, and only if it is still at @Version (optimistic
--   concurrency over the whole table); heartbeats (IAmAlive) and the removal of
--   dead rows don't bump it.

-- One row per cluster: the table version (the membership ETag).
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation. SuspectTimes is Orleans' own text encoding
-- ("silo,date|silo,date"), stored as sent.
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId text        NOT NULL,
    Address      text        NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NOT NULL,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    CONSTRAINT PK_OrleansMembershipTable PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_OrleansMembershipTable_OrleansMembershipVersionTable
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
        ON DELETE CASCADE
);

-- InsertMembershipVersionKey (@DeploymentId): create the version row (Version 0)
-- if missing. Returns exactly one row, one column: true if it was inserted.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId, Timestamp, Version)
    VALUES (@DeploymentId, now(), 0)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS Inserted
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- MembershipReadAllKey (@DeploymentId): the version row LEFT JOINed with all
-- silo rows. With no silo there is still one row (silo columns NULL; Orleans
-- takes a NULL StartTime as "no entry") carrying Version. One statement, so
-- rows and version come from the same snapshot.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', '
SELECT v.DeploymentId,
       m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime,
       v.Version
  FROM OrleansMembershipVersionTable AS v
  LEFT JOIN OrleansMembershipTable AS m
         ON m.DeploymentId = v.DeploymentId
 WHERE v.DeploymentId = @DeploymentId
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- MembershipReadRowKey (@DeploymentId, @Address, @Port, @Generation): as above
-- for one silo; one row even when that silo has no entry.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', '
SELECT v.DeploymentId,
       m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime,
       v.Version
  FROM OrleansMembershipVersionTable AS v
  LEFT JOIN OrleansMembershipTable AS m
         ON m.DeploymentId = v.DeploymentId
        AND m.Address      = @Address
        AND m.Port         = @Port
        AND m.Generation   = @Generation
 WHERE v.DeploymentId = @DeploymentId
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- InsertMembershipKey (@DeploymentId, @Address, @Port, @Generation, @SiloName,
-- @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version):
-- bump the version row from @Version to @Version + 1 (its row lock serialises
-- all membership writers; a concurrent change makes the re-checked Version
-- differ, so nothing happens) and insert the silo row only then.
-- Returns one row, one column: true = inserted, false = version changed or the
-- silo already has a row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', '
WITH version_bumped AS (
    UPDATE OrleansMembershipVersionTable AS v
       SET Version   = v.Version + 1,
           Timestamp = now()
     WHERE v.DeploymentId = @DeploymentId
       AND v.Version      = @Version
       AND NOT EXISTS (SELECT 1
                         FROM OrleansMembershipTable AS e
                        WHERE e.DeploymentId = @DeploymentId
                          AND e.Address      = @Address
                          AND e.Port         = @Port
                          AND e.Generation   = @Generation)
    RETURNING v.DeploymentId
),
inserted AS (
    INSERT INTO OrleansMembershipTable
           (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
            ProxyPort, SuspectTimes, StartTime, IAmAliveTime)
    SELECT b.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           @ProxyPort, NULL, @StartTime, @IAmAliveTime
      FROM version_bumped AS b
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS Inserted
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- UpdateMembershipKey (@DeploymentId, @Address, @Port, @Generation, @Status,
-- @SuspectTimes text or NULL, @IAmAliveTime, @Version): same pattern; the row
-- is updated only if the version row moved from @Version to @Version + 1.
-- Returns one row, one column: true = updated.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', '
WITH version_bumped AS (
    UPDATE OrleansMembershipVersionTable AS v
       SET Version   = v.Version + 1,
           Timestamp = now()
     WHERE v.DeploymentId = @DeploymentId
       AND v.Version      = @Version
       AND EXISTS (SELECT 1
                     FROM OrleansMembershipTable AS e
                    WHERE e.DeploymentId = @DeploymentId
                      AND e.Address      = @Address
                      AND e.Port         = @Port
                      AND e.Generation   = @Generation)
    RETURNING v.DeploymentId
),
updated AS (
    UPDATE OrleansMembershipTable AS m
       SET Status       = @Status,
           SuspectTimes = @SuspectTimes,
           IAmAliveTime = @IAmAliveTime
      FROM version_bumped AS b
     WHERE m.DeploymentId = b.DeploymentId
       AND m.Address      = @Address
       AND m.Port         = @Port
       AND m.Generation   = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated) AS Updated
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- UpdateIAmAlivetimeKey (@DeploymentId, @Address, @Port, @Generation,
-- @IAmAliveTime): heartbeat; no version check or bump. No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
   SET IAmAliveTime = @IAmAliveTime
 WHERE DeploymentId = @DeploymentId
   AND Address      = @Address
   AND Port         = @Port
   AND Generation   = @Generation
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- GatewaysQueryKey (@DeploymentId, @Status = 3): columns Address, ProxyPort,
-- Generation of the silos that are Active and have a gateway port.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
  FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId
   AND Status       = @Status
   AND ProxyPort    > 0
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- DeleteMembershipTableEntriesKey (@DeploymentId): forget the whole cluster
-- (silo rows and version row). No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', '
WITH silos AS (
    DELETE FROM OrleansMembershipTable
     WHERE DeploymentId = @DeploymentId
)
DELETE FROM OrleansMembershipVersionTable
 WHERE DeploymentId = @DeploymentId
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- CleanupDefunctSiloEntriesKey (@DeploymentId, @IAmAliveTime = cut-off): bulk
-- removal of Dead silos that started and last heartbeated before the cut-off.
-- Required to exist, but 10.4.2 only runs it when CleanupDefunctSiloEntryKey
-- below is missing. No result, no version bump.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId
   AND Status       = 6
   AND StartTime    < @IAmAliveTime
   AND IAmAliveTime < @IAmAliveTime
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- CleanupDefunctSiloEntryKey (optional, used by 10.4.2 when present): the
-- provider reads all rows, picks the Dead ones whose start, heartbeat and
-- suspicion times are all before the cut-off, and deletes each with the values
-- it read (@DeploymentId, @Address, @Port, @Generation, @StartTime,
-- @IAmAliveTime, @SuspectTimes): a row changed in between is left alone.
-- No result, no version bump.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', '
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId
   AND Address      = @Address
   AND Port         = @Port
   AND Generation   = @Generation
   AND Status       = 6
   AND StartTime    = @StartTime
   AND IAmAliveTime = @IAmAliveTime
   AND COALESCE(SuspectTimes, '''') = COALESCE(@SuspectTimes, '''')
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;


-- -----------------------------------------------------------------------------
-- AfterSales: the first answers to requests with an idempotency key (API.md
-- "Lists, idempotency, limits"), outside the grains' state so they neither grow
-- it nor are lost with it. Scope = the grain, IdempotencyKey = caller/key,
-- Answer = the answer or refusal in Orleans' binary form, CreatedOn = Unix ms.
-- Rows older than Idempotency:KeepHours are deleted by the silo.
-- -----------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS AfterSalesIdempotency
(
    Scope          text   NOT NULL,
    IdempotencyKey text   NOT NULL,
    Fingerprint    text   NOT NULL,
    Answer         bytea  NOT NULL,
    CreatedOn      bigint NOT NULL,
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
    StateKey   text  NOT NULL PRIMARY KEY,
    ETag       bigint  NOT NULL,
    Payload    bytea NOT NULL,
    ModifiedOn bigint  NOT NULL
);

-- The audit trails that only grow (a ticket's history, R-TKT-12): each write
-- appends its new entries here, so it does not rewrite the record's past.
CREATE TABLE IF NOT EXISTS AfterSalesJournal
(
    StateKey text NOT NULL,
    Seq      integer NOT NULL,
    Entry    text NOT NULL,
    PRIMARY KEY (StateKey, Seq)
);

-- What each write tells the read models: the whole projection of one owner as of
-- its version (JSON). The projector applies and deletes rows in batches.
CREATE TABLE IF NOT EXISTS AfterSalesOutbox
(
    Seq        bigserial PRIMARY KEY,
    Kind       text  NOT NULL,
    OwnerKey   text  NOT NULL,
    Version    bigint  NOT NULL,
    Payload    text  NOT NULL,
    CreatedOn  bigint  NOT NULL
);

-- A queue: every row is deleted soon after it is written. Vacuumed after every
-- thousand dead rows instead of a fifth of the table, so its scans stay short.
ALTER TABLE AfterSalesOutbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);

-- Outbox messages the projector could not apply (logged with the error), kept
-- for an operator to look at instead of blocking the outbox.
CREATE TABLE IF NOT EXISTS AfterSalesOutboxFailed
(
    Kind      text NOT NULL,
    OwnerKey  text NOT NULL,
    Version   bigint NOT NULL,
    Payload   text NOT NULL,
    Error     text NOT NULL,
    CreatedOn bigint NOT NULL
);

-- The newest version of each owner the read models hold: a projection applies
-- only when it is newer, so one delivered twice counts once.
CREATE TABLE IF NOT EXISTS RmOwner
(
    OwnerKey text NOT NULL PRIMARY KEY,
    Version  bigint NOT NULL
);

-- Tickets: the lists (keyset by ReceivedAt desc, Id desc) and the response-time facts.
CREATE TABLE IF NOT EXISTS RmTicket
(
    Id                 text  NOT NULL PRIMARY KEY,
    Version            bigint  NOT NULL,
    Status             text  NOT NULL,
    Channel            text  NOT NULL,
    CustomerId         text  NOT NULL,
    MachineSerial      text  NOT NULL,
    ProductLine        text  NOT NULL,
    Category           text  NULL,
    EngineerId         text  NULL,
    StationId          text  NULL,
    Region             text  NULL,
    RegionKey          text  NULL,
    ReceivedAt         bigint  NOT NULL,
    Breached           integer NOT NULL,
    SlaDueAt           bigint  NULL,
    FirstResponseHours double precision NULL,
    TimeToSiteHours    double precision NULL,
    ResolutionHours    double precision NULL,
    Breaches           integer NOT NULL,
    Closed             integer NOT NULL,
    Summary            text  NOT NULL
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
    TicketId  text  NOT NULL,
    PartNo    text  NOT NULL,
    Quantity  integer NOT NULL,
    DueAt     bigint  NOT NULL,
    State     text  NOT NULL,
    PRIMARY KEY (TicketId, PartNo)
);
CREATE INDEX IF NOT EXISTS IX_RmOldPart_Due ON RmOldPart (State, DueAt);

-- Satisfaction responses of every source (R-SAT-1), by the owner that counts them.
CREATE TABLE IF NOT EXISTS RmSatisfaction
(
    Id          text  NOT NULL PRIMARY KEY,
    OwnerKey    text  NOT NULL,
    Source      text  NOT NULL,
    Score       integer NOT NULL,
    At          bigint  NOT NULL,
    CustomerId  text  NULL,
    EngineerId  text  NULL,
    StationId   text  NULL,
    RegionKey   text  NULL,
    ProductLine text  NULL
);
CREATE INDEX IF NOT EXISTS IX_RmSatisfaction_At ON RmSatisfaction (At);
CREATE INDEX IF NOT EXISTS IX_RmSatisfaction_Owner ON RmSatisfaction (OwnerKey);

-- SLA alerts for the service manager (R-TKT-3, R-TKT-5).
CREATE TABLE IF NOT EXISTS RmAlert
(
    Id             text  NOT NULL PRIMARY KEY,
    TicketId       text  NOT NULL,
    Payload        text  NOT NULL,
    RaisedAt       bigint  NOT NULL,
    Acknowledged   integer NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmAlert_Ticket ON RmAlert (TicketId);
CREATE INDEX IF NOT EXISTS IX_RmAlert_Raised ON RmAlert (RaisedAt, Id);

-- Master data as lists (customers, engineers, stations, sites; keyset by Id): the name
-- and id to search in any case, the regions ("|a|b|", lower case), whose it is (a site's
-- customer), how many things await an answer, the list's line (JSON).
CREATE TABLE IF NOT EXISTS RmDirectory
(
    Kind       text  NOT NULL,
    Id         text  NOT NULL,
    SearchKey  text  NOT NULL,
    RegionKeys text  NOT NULL,
    OwnerId    text  NULL,
    Attention  integer NOT NULL,
    Summary    text  NOT NULL,
    PRIMARY KEY (Kind, Id)
);

-- Evidence files (API.md "Evidence files"), by the SHA-256 of their bytes, shared
-- by every silo: one row per file, its bytes in chunks of 1 MiB.
CREATE TABLE IF NOT EXISTS AfterSalesFile
(
    Sha256    text   NOT NULL PRIMARY KEY,
    Bytes     bigint NOT NULL,
    CreatedOn bigint NOT NULL
);

CREATE TABLE IF NOT EXISTS AfterSalesFileChunk
(
    Sha256 text    NOT NULL,
    Chunk  integer NOT NULL,
    Data   bytea   NOT NULL,
    PRIMARY KEY (Sha256, Chunk)
);

-- Uploads of evidence files (API.md "Evidence files"): when the bytes of each were last received, and whether a
-- command ever named them; who they were uploaded for, to ask whether that owner names them. A file no command
-- named is deleted a day after its last upload (UnnamedFileSweep); files kept before this ledger count as named.
CREATE TABLE IF NOT EXISTS AfterSalesUpload
(
    Sha256     text NOT NULL PRIMARY KEY,
    UploadedOn bigint NOT NULL,
    Named      integer NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_AfterSalesUpload_Unnamed ON AfterSalesUpload (UploadedOn) WHERE Named = 0;

CREATE TABLE IF NOT EXISTS AfterSalesUploadOwner
(
    Sha256    text NOT NULL,
    OwnerKind text NOT NULL,
    OwnerId   text NOT NULL,
    PRIMARY KEY (Sha256, OwnerKind, OwnerId)
);

-- Done once: grain state copied from Orleans' OrleansGrainState, aggregates retired.
CREATE TABLE IF NOT EXISTS AfterSalesMigration
(
    Name   text NOT NULL PRIMARY KEY,
    DoneOn bigint NOT NULL
);

-- Notifications (API.md "Notifications and webhooks"): the events the grains' outbox carried, each once by its id;
-- what is to be sent for each (a delivery per channel and recipient, once each), with its attempts and result; and
-- the webhook subscriptions.
CREATE TABLE IF NOT EXISTS AfterSalesEvent
(
    Id        text   NOT NULL PRIMARY KEY,
    Type      text   NOT NULL,
    TicketId  text   NULL,
    Version   bigint NOT NULL DEFAULT 0,
    Payload   text   NOT NULL,
    CreatedOn bigint NOT NULL,
    Expanded  integer NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS IX_AfterSalesEvent_Expanded ON AfterSalesEvent (CreatedOn) WHERE Expanded = 0;

CREATE TABLE IF NOT EXISTS AfterSalesDelivery
(
    Id             bigserial NOT NULL PRIMARY KEY,
    EventId        text   NOT NULL,
    Event          text   NOT NULL,
    TicketId       text   NULL,
    Channel        text   NOT NULL,
    Recipient      text   NOT NULL,
    SubscriptionId text   NULL,
    Language       text   NULL,
    Status         text   NOT NULL,
    Attempts       integer NOT NULL DEFAULT 0,
    LastCode       integer NULL,
    LastError      text   NULL,
    CreatedOn      bigint NOT NULL,
    NextAttemptAt  bigint NOT NULL,
    SentAt         bigint NULL,
    UNIQUE (EventId, Channel, Recipient)
);
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Due ON AfterSalesDelivery (NextAttemptAt) WHERE Status = 'Pending';
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Ticket ON AfterSalesDelivery (TicketId, Id);
CREATE INDEX IF NOT EXISTS IX_AfterSalesDelivery_Subscription ON AfterSalesDelivery (SubscriptionId, Id);

CREATE TABLE IF NOT EXISTS AfterSalesWebhook
(
    Id        text   NOT NULL PRIMARY KEY,
    Kind      text   NOT NULL,
    Url       text   NOT NULL,
    Events    text   NOT NULL,
    Secret    text   NOT NULL,
    CreatedBy text   NOT NULL,
    CreatedOn bigint NOT NULL
);
