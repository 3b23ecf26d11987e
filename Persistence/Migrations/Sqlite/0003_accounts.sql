-- People's accounts (docs/api.md "Accounts and sign-in"): the list of users, fed by the outbox of the account grains,
-- and each account's history of sign-ins and changes, one line each, kept once by its number.
CREATE TABLE IF NOT EXISTS RmUser
(
    UserName        TEXT    NOT NULL PRIMARY KEY,
    Role            TEXT    NOT NULL,
    SearchKey       TEXT    NOT NULL,
    Email           TEXT    NULL,
    ExternalSubject TEXT    NULL,
    Summary         TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmUser_Email ON RmUser (Email);
CREATE INDEX IF NOT EXISTS IX_RmUser_ExternalSubject ON RmUser (ExternalSubject);

CREATE TABLE IF NOT EXISTS RmAccountHistory
(
    UserName TEXT    NOT NULL,
    Seq      integer NOT NULL,
    At       integer NOT NULL,
    Entry    TEXT    NOT NULL,
    PRIMARY KEY (UserName, Seq)
);
