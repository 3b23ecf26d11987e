using AfterSales.GrainInterfaces.Common.Limits;

namespace AfterSales.Silo.Api.Files;

/// <summary>An uploaded file over <see cref="Limits.MaxFileBytes"/>: 413, and nothing kept.</summary>
public sealed class FileTooLarge() : Exception($"A file is at most {Limits.MaxFileBytes} bytes.");
