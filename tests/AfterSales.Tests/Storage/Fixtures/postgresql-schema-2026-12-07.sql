-- =============================================================================
-- PostgreSQL schema for the Orleans 10.4.2 ADO.NET providers, Invariant = "Npgsql"
-- (Orleans loads assembly "Npgsql" and uses Npgsql.NpgsqlFactory.Instance; no
-- DbProviderFactories registration is needed, only a reference to Npgsql):
--   * grain state   Microsoft.Orleans.Persistence.AdoNet  (AdoNetGrainStorage)
--   * membership    Microsoft.Orleans.Clustering.AdoNet   (AdoNetClusteringTable,
--                                                          AdoNetGatewayListProvider)
--   * reminders     Microsoft.Orleans.Reminders.AdoNet    (AdoNetReminderTable)
-- Tested with PostgreSQL 15 and Npgsql 10.0.3. Needs PostgreSQL 9.6 or newer.
--
-- HOW TO RUN
--   Run the whole file as ONE command (e.g. NpgsqlCommand.ExecuteNonQuery) on a
--   connection WITHOUT an open transaction; `psql -v ON_ERROR_STOP=1 -f` works too.
--   It is idempotent and meant to run at every start-up: tables and indexes are
--   only created when missing (nothing is ever dropped), and the query rows are
--   upserted, so a newer version of this file replaces the query text of an
--   existing database. A later change to a table must be added here as
--   ALTER TABLE ... ADD COLUMN IF NOT EXISTS (never DROP / re-CREATE).
--
-- CONCURRENCY (several silos starting at once)
--   Concurrent CREATE TABLE/INDEX IF NOT EXISTS is NOT safe in PostgreSQL (the
--   loser can fail with "duplicate key value violates unique constraint
--   pg_type_typname_nsp_index"). So the script runs in one transaction that
--   first takes a transaction-scoped advisory lock: a second silo waits until the
--   first one committed, then finds everything in place. The lock is released at
--   COMMIT (or on error/disconnect). No functions or procedures are used: every
--   provider query below is ONE SQL statement (data-modifying CTEs where several
--   rows change), so each is atomic on its own; the providers open no
--   transaction themselves.
--
-- CONTRACT WITH THE PROVIDERS (read from the 10.4.2 assemblies)
--   * Each provider loads its queries with SELECT QueryKey, QueryText FROM
--     OrleansQuery; clustering and reminders throw at start-up if one of their
--     required keys is missing.
--   * Parameters are bound by name (@Name; Npgsql rewrites them to $n). Npgsql
--     leaves a @Name that has no bound parameter in the SQL, where PostgreSQL
--     reads it as the prefix operator @ (absolute value) on a column: so a query
--     must only use parameters its provider binds (listed per key below).
--   * Orleans sets an explicit DbType on every parameter, which Npgsql 10 maps to:
--       int -> integer, long -> bigint, string / AnsiString -> text,
--       byte[] -> bytea, DateTime (DbType.DateTime) -> timestamp WITH time zone.
--     Npgsql refuses to send a DateTime whose Kind is not Utc as timestamptz, and
--     every time Orleans sends is UTC (the reminder table even converts an
--     Unspecified StartAt to Utc). Time columns are therefore timestamptz, which
--     also avoids any conversion through the server's TimeZone setting.
--     Values read back come as DateTime Kind=Utc (Orleans forces Utc anyway).
--   * Result columns are read by name; unquoted PostgreSQL identifiers come back
--     lower-case and Npgsql's GetOrdinal falls back to a case-insensitive match,
--     so "Version" finds column version.
--   * Results of all statements of a command are collected together, so each
--     query returns only the rows described for it.
-- =============================================================================

BEGIN;

-- Serialise concurrent runs of this script (key = 'Orleans' in ASCII).
SELECT pg_advisory_xact_lock(22362333043060339);

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
-- 1. GRAIN STATE (AdoNetGrainStorage)
-- #############################################################################
--   The provider loads WriteToStorageKey, ReadFromStorageKey, ClearStorageKey
--   (required) and DeleteStorageKey (required only with DeleteStateOnClear=true).
--   Every query gets: @GrainIdHash int, @GrainIdN0 bigint, @GrainIdN1 bigint,
--   @GrainTypeHash int, @GrainTypeString text (the [PersistentState] name),
--   @GrainIdExtensionString text or NULL, @ServiceId text.
--   Write/Clear/Delete also get @GrainStateVersion int or NULL (NULL = no ETag);
--   Write also gets @PayloadBinary bytea. Read gets neither.
--   A returned version equal to the ETag sent, or no row where an ETag was sent,
--   is a version conflict (InconsistentStateException).

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

-- ReadFromStorageKey: 0 or 1 row, columns PayloadBinary (NULL = cleared state)
-- and Version. No row = no state (ETag stays null).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT s.PayloadBinary AS PayloadBinary,
       s.Version       AS Version
  FROM OrleansGrainState AS s
 WHERE s.ServiceId              = @ServiceId
   AND s.GrainTypeString        = @GrainTypeString
   AND s.GrainIdN0              = @GrainIdN0
   AND s.GrainIdN1              = @GrainIdN1
   AND s.GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- WriteToStorageKey: optimistic concurrency in ONE statement; exactly one of the
-- two branches can act:
--   no ETag: insert Version 1; if the row already exists, nothing   -> conflict
--   ETag v : update the row only if it is at v, to v + 1; else none -> conflict
-- Returns column NewGrainStateVersion, or no row on conflict. The UPDATE
-- re-checks Version on the locked row, and ON CONFLICT DO NOTHING waits for a
-- concurrent insert of the same key, so two racing writers can't both succeed.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
WITH updated AS (
    UPDATE OrleansGrainState AS s
       SET PayloadBinary = @PayloadBinary,
           GrainTypeHash = @GrainTypeHash,
           GrainIdHash   = @GrainIdHash,
           Version       = s.Version + 1,
           ModifiedOn    = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND s.ServiceId              = @ServiceId
       AND s.GrainTypeString        = @GrainTypeString
       AND s.GrainIdN0              = @GrainIdN0
       AND s.GrainIdN1              = @GrainIdN1
       AND s.GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
       AND s.Version                = @GrainStateVersion
    RETURNING s.Version
),
inserted AS (
    INSERT INTO OrleansGrainState
           (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString,
            GrainTypeHash, GrainIdHash, PayloadBinary, Version, ModifiedOn)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
           COALESCE(@GrainIdExtensionString, ''''),
           @GrainTypeHash, @GrainIdHash, @PayloadBinary, 1, now()
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
    DO NOTHING
    RETURNING Version
)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version AS NewGrainStateVersion FROM inserted
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- ClearStorageKey: keep the row, drop the payload, bump the version.
-- Returns the new version (column 0); no row = version conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE OrleansGrainState
   SET PayloadBinary = NULL,
       Version       = Version + 1,
       ModifiedOn    = now()
 WHERE ServiceId              = @ServiceId
   AND GrainTypeString        = @GrainTypeString
   AND GrainIdN0              = @GrainIdN0
   AND GrainIdN1              = @GrainIdN1
   AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
   AND Version                = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- DeleteStorageKey (only used with AdoNetGrainStorageOptions.DeleteStateOnClear):
-- remove the row. Returns deleted version + 1 (column 0; returning the ETag
-- itself would read as a conflict); no row = version conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
DELETE FROM OrleansGrainState
 WHERE ServiceId              = @ServiceId
   AND GrainTypeString        = @GrainTypeString
   AND GrainIdN0              = @GrainIdN0
   AND GrainIdN1              = @GrainIdN1
   AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString, '''')
   AND Version                = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;


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


-- #############################################################################
-- 3. REMINDERS (AdoNetReminderTable)
-- #############################################################################
--   Required keys: ReadReminderRowsKey, ReadReminderRowKey, ReadRangeRows1Key,
--   ReadRangeRows2Key, UpsertReminderRowKey, DeleteReminderRowKey,
--   DeleteReminderRowsKey. @ServiceId text, @GrainId text (GrainId.ToString()),
--   @ReminderName text, @GrainHash / @BeginHash / @EndHash int (the uint ring
--   hash cast to int, so it can be negative), @StartTime timestamptz (UTC),
--   @Period int or bigint (milliseconds; bigint only above int.MaxValue),
--   @Version int (the reminder's ETag).
--   Rows are read as GrainId, ReminderName, StartTime, Period (bigint or int),
--   Version.

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    Period       bigint      NOT NULL,
    GrainHash    integer     NOT NULL,
    Version      integer     NOT NULL,
    CONSTRAINT PK_OrleansRemindersTable PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- For the range reads every silo runs for its part of the hash ring.
CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_ServiceId_GrainHash
    ON OrleansRemindersTable (ServiceId, GrainHash);

-- ReadReminderRowsKey (@ServiceId, @GrainId): all reminders of one grain.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId
   AND GrainId   = @GrainId
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- ReadReminderRowKey (@ServiceId, @GrainId, @ReminderName): 0 or 1 row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId    = @ServiceId
   AND GrainId      = @GrainId
   AND ReminderName = @ReminderName
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Range reads (@ServiceId, @BeginHash, @EndHash): the ring range is
-- (BeginHash, EndHash], begin exclusive, end inclusive. 10.4.2 picks
-- ReadRangeRows1Key when (int)begin < (int)end, i.e. the range doesn't wrap in
-- signed order, and ReadRangeRows2Key otherwise (wrapping, or begin = end =
-- the whole ring).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId
   AND GrainHash > @BeginHash
   AND GrainHash <= @EndHash
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
  FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId
   AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- UpsertReminderRowKey (@ServiceId, @GrainId, @ReminderName, @GrainHash,
-- @StartTime, @Period): insert with Version 0 or update and bump the version
-- (atomic, also against a concurrent insert). Returns one row, column Version
-- (the new ETag).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable AS r
       (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName)
DO UPDATE SET StartTime = EXCLUDED.StartTime,
              Period    = EXCLUDED.Period,
              GrainHash = EXCLUDED.GrainHash,
              Version   = r.Version + 1
RETURNING r.Version AS Version
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- DeleteReminderRowKey (@ServiceId, @GrainId, @ReminderName, @Version): delete
-- only at that ETag. Returns one row, one column: true = deleted.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', '
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
     WHERE ServiceId    = @ServiceId
       AND GrainId      = @GrainId
       AND ReminderName = @ReminderName
       AND Version      = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted) AS Deleted
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- DeleteReminderRowsKey (@ServiceId): all reminders of the service (Orleans
-- only calls it from tests). No result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- -----------------------------------------------------------------------------
-- AfterSales: the first answers to requests with an idempotency key (docs/api.md
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
-- transaction (Silo/Storage/SqlGrainStorage.cs).
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

-- Evidence files (docs/api.md "Evidence files"), by the SHA-256 of their bytes, shared
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

-- Uploads of evidence files (docs/api.md "Evidence files"): when the bytes of each were last received, and whether a
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

-- Notifications (docs/api.md "Notifications and webhooks"): the events the grains' outbox carried, each once by its id;
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

COMMIT;
