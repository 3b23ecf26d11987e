namespace AfterSales.Persistence.Storage.Files;

/// <summary>A file no command named (as far as the ledger knows), and whom it was uploaded for.</summary>
public sealed record UnnamedUpload(string Sha256, IReadOnlyList<FileOwner> Owners);
