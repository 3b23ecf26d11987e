namespace AfterSales.Dashboard.App.Tickets;

/// <summary>One input of a command's form: the body's property by its API name, its type, and whether it is a long text.</summary>
public sealed record FormField(string Name, Type Type, bool LongText)
{
    public Type Plain => Nullable.GetUnderlyingType(Type) ?? Type;

    public bool IsList => Plain != typeof(string) && Plain.IsGenericType && Plain.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    public bool IsTextList => IsList && Plain.GetGenericArguments()[0] == typeof(string);

    /// <summary>A choice the form never makes for the person: R-TKT-6's responsibility is what the engineer found, not a default.</summary>
    public bool NoDefault => Name == "responsibility";
}
