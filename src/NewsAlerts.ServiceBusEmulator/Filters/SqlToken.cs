namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>One token of a SQL filter.</summary>
internal sealed record SqlToken(SqlTokenKind Kind, string Text, object? Value = null)
{
    public bool Is(string text) =>
        Kind is SqlTokenKind.Word or SqlTokenKind.Symbol && string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
}
