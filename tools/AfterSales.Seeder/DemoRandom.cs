using Bogus;

namespace AfterSales.Seeder;

public static class DemoRandom
{
    /// <summary>Bogus' WeightedRandom with weights in any proportion (Bogus wants them to sum to 1).</summary>
    public static T Weighted<T>(this Randomizer random, T[] items, float[] weights)
    {
        var sum = weights.Sum();
        return random.WeightedRandom(items, [.. weights.Select(w => w / sum)]);
    }
}
