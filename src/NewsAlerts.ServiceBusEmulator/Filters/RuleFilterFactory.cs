using NewsAlerts.ServiceBusEmulator.Configuration;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>Builds the filter of a configured rule, failing at start with the rule's name when it is invalid.</summary>
internal static class RuleFilterFactory
{
    public static IMessageFilter Create(RuleConfig rule, string subscription)
    {
        var properties = rule.Properties ?? throw new InvalidDataException($"{subscription}: rule '{rule.Name}' has no Properties.");
        if (string.Equals(properties.FilterType, "Correlation", StringComparison.OrdinalIgnoreCase))
        {
            return new CorrelationRuleFilter(properties.CorrelationFilter
                ?? throw new InvalidDataException($"{subscription}: rule '{rule.Name}' needs a CorrelationFilter."));
        }

        if (string.Equals(properties.FilterType, "Sql", StringComparison.OrdinalIgnoreCase))
        {
            var expression = properties.SqlFilter?.SqlExpression
                ?? throw new InvalidDataException($"{subscription}: rule '{rule.Name}' needs SqlFilter.SqlExpression.");
            try
            {
                return new SqlRuleFilter(SqlParser.Parse(expression));
            }
            catch (FormatException exception)
            {
                throw new InvalidDataException($"{subscription}: rule '{rule.Name}': {exception.Message}", exception);
            }
        }

        throw new InvalidDataException($"{subscription}: rule '{rule.Name}' has FilterType '{properties.FilterType}'; use Correlation or Sql.");
    }
}
