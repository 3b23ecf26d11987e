namespace AfterSales.GrainInterfaces.Access;

/// <summary>How far a role's grant reaches: every object, or only the caller's own.</summary>
public enum Reach
{
    /// <summary>Any object of the kind.</summary>
    Any,

    /// <summary>
    /// The caller's own: a customer's own customer, machines, sites and tickets; a station's own station and the tickets
    /// routed to it; an engineer's own record and the tickets assigned to them. Lists and reports are filtered to it.
    /// </summary>
    Own,
}
