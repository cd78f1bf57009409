namespace NewsAlerts.ServiceBusEmulator.Configuration;

/// <summary>A SQL filter expression such as <c>sys.Label = 'breaking' AND priority &gt; 2</c>.</summary>
public sealed record SqlFilterConfig(string SqlExpression);
