namespace NewsAlerts.Cli.Dev;

using Microsoft.Extensions.Configuration;

/// <summary>
/// The settings <c>dev</c> sets itself to run on the local stack (the stack's <see cref="Stack.RunningStack.AppSettings"/>,
/// and the host's public address): a value given for one of them (argument or <c>NEWSALERTS_</c> variable) is replaced,
/// so each is named in one line rather than ignored silently (trial r38 #9: <c>--Smtp:Port=70000</c> and
/// <c>--Twilio:FromNumber=abc</c> were dropped without a word and health said healthy).
/// </summary>
public static class DevOwnedSettings
{
    /// <summary>
    /// One line per setting of <paramref name="owned"/> that <paramref name="given"/> sets to another value, in key order:
    /// <c>newsalerts dev: ignoring Smtp:Port: dev sends mail to the local stack's smtp4dev and sets it itself (the README lists the settings dev owns)</c>.
    /// The given value is not repeated (it may be a secret).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Ignored(IReadOnlyDictionary<string, string?> owned, IConfiguration given)
    {
        ArgumentNullException.ThrowIfNull(owned);
        ArgumentNullException.ThrowIfNull(given);
        return [.. owned.Keys.Order(StringComparer.Ordinal)
            .Where(key => given[key] is { } value && !string.Equals(value, owned[key], StringComparison.Ordinal))
            .Select(key => $"newsalerts dev: ignoring {key}: {Why(key)} and sets it itself (the README lists the settings dev owns)")];
    }

    private static string Why(string key) => key.Split(':')[0] switch
    {
        "Smtp" => "dev sends mail to the local stack's smtp4dev",
        "Twilio" => "dev sends texts to the local stack's SMS sink",
        "Storage" or "AzureWebJobsStorage" => "dev keeps its data in the local stack's Azurite",
        "ServiceBus" => "dev queues alerts on the local stack's Service Bus emulator",
        "Alerts" when key.EndsWith("PublicBaseUrl", StringComparison.Ordinal) => "dev links to its own host (choose the port with LocalHost:Port)",
        _ => "dev runs on the local stack",
    };
}
