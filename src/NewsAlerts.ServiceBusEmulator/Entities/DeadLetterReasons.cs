namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>The reasons Azure writes into a dead-lettered message's application properties.</summary>
internal static class DeadLetterReasons
{
    public const string ReasonProperty = "DeadLetterReason";
    public const string DescriptionProperty = "DeadLetterErrorDescription";
    public const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";
    public const string TimeToLiveExpired = "TTLExpiredException";
    public const string ExpiredDescription = "The message expired and was dead lettered.";

    public static string MaxDeliveryDescription(int count) =>
        $"Message could not be consumed after {count} delivery attempts.";
}
