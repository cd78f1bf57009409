namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>The kinds of SQL filter tokens.</summary>
internal enum SqlTokenKind
{
    Word,
    String,
    Number,
    Symbol,
}
