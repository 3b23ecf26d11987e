-- The installed base (issue 24, R-MCH, R-PM, R-CMP): the machine list, fed by the machine grains' outbox, with when the
-- maintenance watch wakes each machine; every reading of the hours, kept once by its number (never in a grain's state);
-- campaigns; and the campaign of a ticket, for the campaigns' progress by station.
CREATE TABLE IF NOT EXISTS RmMachine
(
    Serial         TEXT    NOT NULL PRIMARY KEY,
    CustomerId     TEXT    NOT NULL,
    StationId      TEXT    NULL,
    ProductLine    TEXT    NOT NULL,
    Model          TEXT    NOT NULL,
    RegionKey      TEXT    NULL,
    CommissionedOn TEXT    NULL,
    SearchKey      TEXT    NOT NULL,
    MaintenanceDue INTEGER NOT NULL,
    WakeAt         INTEGER NULL,
    Summary        TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Customer ON RmMachine (CustomerId, Serial);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Station ON RmMachine (StationId, Serial);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Line ON RmMachine (ProductLine, Model, CommissionedOn);
CREATE INDEX IF NOT EXISTS IX_RmMachine_WakeAt ON RmMachine (WakeAt) WHERE WakeAt IS NOT NULL;

CREATE TABLE IF NOT EXISTS RmMachineReading
(
    Serial     TEXT    NOT NULL,
    Seq        INTEGER NOT NULL,
    Hours      REAL    NOT NULL,
    ReadAt     INTEGER NOT NULL,
    Source     TEXT    NOT NULL,
    ReadBy     TEXT    NOT NULL,
    RecordedAt INTEGER NOT NULL,
    TicketId   TEXT    NULL,
    Corrects   INTEGER NULL,
    Reason     TEXT    NULL,
    PRIMARY KEY (Serial, Seq)
);
CREATE INDEX IF NOT EXISTS IX_RmMachineReading_ReadAt ON RmMachineReading (Serial, ReadAt);

CREATE TABLE IF NOT EXISTS RmCampaign
(
    Id        TEXT    NOT NULL PRIMARY KEY,
    CreatedAt INTEGER NOT NULL,
    Summary   TEXT    NOT NULL
);

ALTER TABLE RmTicket ADD COLUMN CampaignId TEXT NULL;
CREATE INDEX IF NOT EXISTS IX_RmTicket_Campaign ON RmTicket (CampaignId, StationId) WHERE CampaignId IS NOT NULL;
CREATE INDEX IF NOT EXISTS IX_RmTicket_Machine ON RmTicket (MachineSerial, ReceivedAt);
