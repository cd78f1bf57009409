using Amqp;
using Amqp.Framing;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Security;

/// <summary>
/// The <c>$cbs</c> node: <c>put-token</c> requests carry a SAS token for an audience; a valid one grants the
/// connection access to that entity (or the whole namespace) until the token expires.
/// </summary>
internal sealed class CbsNode(SasTokenValidator validator, ILogger logger) : IRequestNode
{
    public string Address => "$cbs";

    public Task<Message> HandleAsync(Message request, ClientConnection connection) => Task.FromResult(Handle(request, connection));

    private Message Handle(Message request, ClientConnection connection)
    {
        var operation = request.ApplicationProperties?["operation"]?.ToString();
        var audience = request.ApplicationProperties?["name"]?.ToString() ?? string.Empty;
        if (operation != "put-token")
        {
            return Response(request, 400, $"Unsupported operation '{operation}'.");
        }

        var token = (request.BodySection as AmqpValue)?.Value as string;
        var result = validator.Validate(token);
        if (!result.IsValid)
        {
            EmulatorLog.Unauthorized(logger, audience, result.Reason!);
            return Response(request, 401, $"Unauthorized: {result.Reason}");
        }

        // The signed resource is what the key vouches for; the audience asked for must lie within it.
        var granted = EntityRegistry.Normalize(result.Audience!);
        var asked = EntityRegistry.Normalize(audience);
        if (granted.Length > 0 && !asked.Equals(granted, StringComparison.OrdinalIgnoreCase)
            && !asked.StartsWith(granted + "/", StringComparison.OrdinalIgnoreCase))
        {
            EmulatorLog.Unauthorized(logger, audience, "the token was signed for another resource");
            return Response(request, 401, "Unauthorized: the token was signed for another resource.");
        }

        connection.Grant(asked, result.Expires);
        return Response(request, 202, "Accepted");
    }

    private static Message Response(Message request, int statusCode, string description)
    {
        var properties = new ApplicationProperties();
        properties.Map["status-code"] = statusCode;
        properties.Map["status-description"] = description;
        var responseProperties = new Properties { To = request.Properties?.ReplyTo };
        if (request.Properties?.GetMessageId() is { } messageId)
        {
            responseProperties.SetCorrelationId(messageId);
        }

        return new Message { Properties = responseProperties, ApplicationProperties = properties };
    }
}
