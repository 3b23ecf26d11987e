using AfterSales.GrainInterfaces.Common;
using AfterSales.GrainInterfaces.Engineers;

namespace AfterSales.Grains.Engineers;

/// <summary>R-ENG-1: who is a qualified engineer, and why not.</summary>
public static class Qualification
{
    private const string NoProductLine = "reason.engineer.no-product-line";

    /// <summary>The reasons an engineer is not qualified in general (empty when qualified for some product line).</summary>
    public static IReadOnlyList<Sentence> ReasonsNotQualified(EngineerProfile p, int minYears)
    {
        var reasons = new List<Sentence>();
        if (p.YearsOfExperience < minYears)
        {
            reasons.Add(Sentence.Of(
                "reason.engineer.experience",
                $"R-ENG-1: {p.YearsOfExperience} years of experience with engineering machinery, at least {minYears} required"));
        }

        if (!p.TrainingPassed)
        {
            reasons.Add(Sentence.Of("reason.engineer.training", "R-ENG-1: vocational training not passed"));
        }

        if (p.CertifiedProductLines.Count == 0)
        {
            reasons.Add(Sentence.Of(NoProductLine, "R-ENG-1: not certified for any product line"));
        }

        return reasons;
    }

    /// <summary>The reasons an engineer is not qualified for work on one product line.</summary>
    public static IReadOnlyList<Sentence> ReasonsNotQualifiedFor(EngineerProfile p, ProductLine line, int minYears)
    {
        var reasons = ReasonsNotQualified(p, minYears).Where(r => r.Phrase.Code != NoProductLine).ToList();
        if (!p.CertifiedProductLines.Contains(line))
        {
            reasons.Add(Sentence.Of("reason.engineer.not-certified-for", $"R-ENG-1: not certified to check, maintain and train users on {line}"));
        }

        return reasons;
    }
}
