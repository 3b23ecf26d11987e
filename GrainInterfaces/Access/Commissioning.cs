namespace AfterSales.GrainInterfaces.Access;

/// <summary>Whose a commissioning is (R-INS-1, R-INS-4): a truck mixer's by sales, a plant's by the team that installed it.</summary>
public enum Commissioning
{
    TruckMixer,
    Plant,
}
