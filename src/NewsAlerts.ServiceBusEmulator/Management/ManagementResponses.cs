using Amqp;
using Amqp.Framing;
using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Management;

/// <summary>Builds management responses: <c>statusCode</c>, <c>statusDescription</c>, optional <c>errorCondition</c>, a map body.</summary>
internal static class ManagementResponses
{
    public static Message Ok(Message request, Map? body, int statusCode = 200) =>
        Create(request, statusCode, statusCode == 204 ? "No Content" : "OK", condition: null, body ?? []);

    public static Message Error(Message request, int statusCode, string description, Symbol condition) =>
        Create(request, statusCode, description, condition, body: []);

    private static Message Create(Message request, int statusCode, string description, Symbol? condition, Map body)
    {
        var properties = new ApplicationProperties();
        properties.Map["statusCode"] = statusCode;
        properties.Map["statusDescription"] = description;
        if (condition is not null)
        {
            properties.Map["errorCondition"] = condition;
        }

        var responseProperties = new Properties { To = request.Properties?.ReplyTo };
        if (request.Properties?.GetMessageId() is { } messageId)
        {
            responseProperties.SetCorrelationId(messageId);
        }

        return new Message
        {
            Properties = responseProperties,
            ApplicationProperties = properties,
            BodySection = new AmqpValue { Value = body },
        };
    }
}
