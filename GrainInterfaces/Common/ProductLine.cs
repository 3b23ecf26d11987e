namespace AfterSales.GrainInterfaces.Common;

public enum ProductLine
{
    TruckMixer,
    BatchingPlant,
    RecyclingPlant,
}
