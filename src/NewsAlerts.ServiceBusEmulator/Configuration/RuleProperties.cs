namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>The filter of a rule: <c>FilterType</c> is <c>Correlation</c> or <c>Sql</c>.</summary>
public sealed record RuleProperties(
    string FilterType,
    CorrelationFilterConfig? CorrelationFilter = null,
    SqlFilterConfig? SqlFilter = null);
