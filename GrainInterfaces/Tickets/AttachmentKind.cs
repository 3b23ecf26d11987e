namespace AfterSales.GrainInterfaces.Tickets;

/// <summary>What an evidence file is (docs/api.md "Evidence files").</summary>
public enum AttachmentKind
{
    /// <summary>A photo of the trouble spot as evidence (R-TKT-6).</summary>
    Photo,

    /// <summary>The scan of a signed paper report (R-TKT-10, R-INS-4).</summary>
    Scan,

    /// <summary>The customer's signature drawn on the engineer's phone (R-TKT-9).</summary>
    Signature,

    Document,
}
