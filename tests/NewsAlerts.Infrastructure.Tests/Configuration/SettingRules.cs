namespace NewsAlerts.Infrastructure.Tests.Configuration;

/// <summary>
/// Which settings of a bound options class the template must set. The rule, in one place:
/// <list type="number">
/// <item><b>Required</b>: every bindable property of every options class an app binds at start, unless listed below.
/// The template must set it (a setting that is renamed or removed in the code or the template fails the check).
/// Alternatives (Twilio <c>FromNumber</c> or <c>MessagingServiceSid</c>) are both set; the parameter files leave the
/// unused one empty, so the template never decides which one a deployment uses.</item>
/// <item><b>Local-only</b> (<see cref="LocalOnly"/>): never set in Azure. The template must not set them.</item>
/// <item><b>Optional, default used</b> (<see cref="OptionalDefaultUsed"/>): the class's default is right for Azure.
/// The template may set them, and then they count like any other setting.</item>
/// </list>
/// Every template setting must be read by an options class the app binds, or be one of the platform's own
/// (<see cref="DeployedApp.PlatformSettings"/>). Every entry below must name a property that exists, so the lists
/// cannot outlive the code (<see cref="SettingsContract.StaleRuleEntries"/>).
/// </summary>
public static class SettingRules
{
    /// <summary>Property names that are local-only in every section: a connection string carries a key, Azure uses the managed identity.</summary>
    public static IReadOnlySet<string> LocalOnlyPropertyNames { get; } = new HashSet<string>(StringComparer.Ordinal) { "ConnectionString" };

    /// <summary>Other local-only settings (<c>Section:Property</c>), with why.</summary>
    public static IReadOnlyDictionary<string, string> LocalOnly { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Twilio:ApiBaseUrl"] = "points the Twilio SDK at the loopback SMS sink; in Azure the SDK's own https://api.twilio.com is used.",
        ["Feeds:AllowLoopback"] = "lets dev and tests poll the local feed server on 127.0.0.1; in Azure a loopback feed URL is refused like a private one.",
        ["Editor:DevSignIn"] = "the development sign-in with the function key (/editor/sign-in); in Azure editors sign in with Microsoft Entra ID.",
    };

    /// <summary>Settings whose default is right in Azure (<c>Section:Property</c>), with why.</summary>
    public static IReadOnlyDictionary<string, string> OptionalDefaultUsed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Storage:TablePrefix"] = "empty: each environment has its own storage account; the prefix only separates tests sharing one.",
        ["Alerts:ServiceName"] = "NewsAlerts: the name HELP answers with, the same in every environment.",
        ["Alerts:IndexRefreshSeconds"] = "2 s: how soon an instance sees subscriber changes made by another one.",
        ["Alerts:SmsStaleAfterMinutes"] = "240 min: a text held by quiet hours still goes if the story is at most 4 h old by their end, the same everywhere.",
        ["Alerts:ConfirmationDeadlineSeconds"] = "10 s: how long a sign-up request waits for its confirmation messages.",
        ["Smtp:MaxConnections"] = "4 connections per process suits every relay plan the parameter files name.",
        ["Smtp:Timeout"] = "30 s per SMTP command.",
        ["Twilio:RequestTimeout"] = "15 s per Twilio REST call.",
        ["Dispatcher:EmailConcurrency"] = "4 email batches at once per replica; KEDA adds replicas for backlog.",
        ["Dispatcher:SmsConcurrency"] = "2 SMS batches at once per replica; the send rate is bounded by Twilio:MessagesPerSecond anyway.",
        ["Dispatcher:PrefetchCount"] = "0: a batch is received when a slot is free, so its lock runs only while it is processed (and renewed).",
        ["Dispatcher:ClaimClockSkewSeconds"] = "30 s added to the claim lease for clock differences between replicas (NTP keeps them far closer).",
        ["Feeds:ContactUrl"] = "unset: the User-Agent sent to publishers names Alerts:PublicBaseUrl, the app's own address.",
        ["Feeds:MinIntervalSeconds"] = "60 s: no feed is polled more often than once a minute.",
        ["Feeds:RequestTimeoutSeconds"] = "20 s per feed request, each redirect included.",
        ["Feeds:RegistrationTimeoutSeconds"] = "10 s for the one fetch that checks a feed an editor registers; the editor waits for it.",
        ["Feeds:ParallelHosts"] = "8 hosts polled at once per instance, each still one request at a time; bounds open requests and the instance's share of CPU.",
        ["Feeds:ParallelIngestions"] = "8 ingestion calls at once per instance, outside the host lanes; feeds read while all are busy share the next call; 8 feeds read held per call.",
        ["Feeds:MaxNewItemsPerRead"] = "50 new items alerted per read of one feed, the newest; more is a possible flood, held back and named in its health.",
        ["Feeds:SeenItemsPerFeed"] = "500 items remembered per feed, beyond those in the feed now.",
        ["Feeds:WebSubFallbackPollMinutes"] = "60 min: a feed whose hub pushes its news is still polled hourly, for what a hub loses.",
        ["Feeds:WebSubLeaseSeconds"] = "864,000 s (10 days) asked of hubs; renewed a day before it lapses.",
        ["Sms:PriceCurrency"] = "USD: the currency Twilio bills in; Sms:PricePerSegment (a prefix, optional) holds prices in it.",
        ["Editor:Authority"] = "unset: https://login.microsoftonline.com/{TenantId}/v2.0, the public cloud's Entra ID.",
        ["Editor:SessionMinutes"] = "480 min; only the development sign-in (local) has sessions.",
    };

    /// <summary>Whether a setting (<c>Section:Property</c>) must never be set in Azure.</summary>
    public static bool IsLocalOnly(string setting) =>
        LocalOnly.ContainsKey(setting) || LocalOnlyPropertyNames.Contains(setting.Split(':')[^1]);

    /// <summary>Whether the template may leave a setting (<c>Section:Property</c>) to its default.</summary>
    public static bool IsOptional(string setting) => OptionalDefaultUsed.ContainsKey(setting);
}
