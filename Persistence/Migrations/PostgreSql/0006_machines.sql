-- The installed base (issue 24, R-MCH, R-PM, R-CMP): the machine list, fed by the machine grains' outbox, with when the
-- maintenance watch wakes each machine; every reading of the hours, kept once by its number (never in a grain's state);
-- campaigns; and the campaign of a ticket, for the campaigns' progress by station.
CREATE TABLE IF NOT EXISTS RmMachine
(
    Serial         text    NOT NULL PRIMARY KEY,
    CustomerId     text    NOT NULL,
    StationId      text    NULL,
    ProductLine    text    NOT NULL,
    Model          text    NOT NULL,
    RegionKey      text    NULL,
    CommissionedOn text    NULL,
    SearchKey      text    NOT NULL,
    MaintenanceDue integer NOT NULL,
    WakeAt         bigint NULL,
    Summary        text    NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Customer ON RmMachine (CustomerId, Serial);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Station ON RmMachine (StationId, Serial);
CREATE INDEX IF NOT EXISTS IX_RmMachine_Line ON RmMachine (ProductLine, Model, CommissionedOn);
CREATE INDEX IF NOT EXISTS IX_RmMachine_WakeAt ON RmMachine (WakeAt) WHERE WakeAt IS NOT NULL;

CREATE TABLE IF NOT EXISTS RmMachineReading
(
    Serial     text    NOT NULL,
    Seq        bigint NOT NULL,
    Hours      double precision NOT NULL,
    ReadAt     bigint NOT NULL,
    Source     text    NOT NULL,
    ReadBy     text    NOT NULL,
    RecordedAt bigint NOT NULL,
    TicketId   text    NULL,
    Corrects   bigint NULL,
    Reason     text    NULL,
    PRIMARY KEY (Serial, Seq)
);
CREATE INDEX IF NOT EXISTS IX_RmMachineReading_ReadAt ON RmMachineReading (Serial, ReadAt);

CREATE TABLE IF NOT EXISTS RmCampaign
(
    Id        text    NOT NULL PRIMARY KEY,
    CreatedAt bigint NOT NULL,
    Summary   text    NOT NULL
);

ALTER TABLE RmTicket ADD COLUMN IF NOT EXISTS CampaignId text NULL;
CREATE INDEX IF NOT EXISTS IX_RmTicket_Campaign ON RmTicket (CampaignId, StationId) WHERE CampaignId IS NOT NULL;
CREATE INDEX IF NOT EXISTS IX_RmTicket_Machine ON RmTicket (MachineSerial, ReceivedAt);
