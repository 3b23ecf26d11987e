namespace AfterSales.Seeder;

/// <summary>A command of the demo seed was refused: the seeder's plan broke a rule it should have kept.</summary>
public sealed class DemoSeedException(string message, Exception inner) : Exception(message, inner);
