namespace NewsAlerts.Functions;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure;
using NewsAlerts.Channels;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Functions.Feeds;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The Function App's service registration, shared by <c>Program</c> (in Azure) and the local host
/// (<c>newsalerts dev</c>), so both run the functions with the same services.
/// </summary>
public static class FunctionAppServices
{
    /// <summary>Registers everything the functions need.</summary>
    public static IServiceCollection AddNewsAlertsFunctionApp(this IServiceCollection services)
    {
        services.AddNewsAlertsAlerting();
        services.AddNewsAlertsChannels();
        services.TryAddSingleton<SubscriberMatcher>(_ => new SubscriberMatcher());
        services.AddSingleton<ISubscriberReplica>(sp => sp.GetRequiredService<SubscriberMatcher>());
        services.TryAddSingleton<SubscriberService>();
        services.TryAddSingleton<SignUpService>();
        services.TryAddSingleton(sp => new Core.Policy.DeliveryPolicySettings(
            TimeSpan.FromMinutes(sp.GetRequiredService<IOptions<Core.Configuration.AlertsOptions>>().Value.SmsStaleAfterMinutes)));
        services.TryAddSingleton<Core.Policy.PlanDelivery>();
        services.TryAddSingleton<Core.FollowUps.FollowUpDelivery>();
        services.TryAddSingleton<ArticleIngestion>();
        services.AddNewsAlertsFeeds();
        services.TryAddSingleton<Core.Digests.DigestRun>();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>());
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<SignUpMetrics>();
        services.TryAddSingleton(sp => new SignUpLimits(
            sp.GetRequiredService<IRateCounterStore>(), sp.GetRequiredService<IOptions<RateLimitOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<SignUpMetrics>()));
        services.TryAddSingleton<Subscribers.ConfirmationGate>();
        services.TryAddSingleton<Subscribers.ConfirmationWording>();
        services.TryAddSingleton<Subscribers.ConfirmationSending>();
        services.TryAddSingleton<Subscribers.ConfirmationMessages>();
        services.TryAddSingleton<Subscribers.ContactChangeNotifier>();
        services.AddNewsAlertsPages();
        services.AddNewsAlertsEditors();
        services.TryAddSingleton<Core.Editor.StoryDigestStatus>();
        services.TryAddSingleton<Core.Editor.StoryLedgerStatus>();
        services.TryAddSingleton<EditorConsole.StoryDesk>();
        services.TryAddSingleton<EditorConsole.ConsoleEntry>();
        services.TryAddSingleton<EditorConsole.EmailPreviewTickets>();
        services.TryAddSingleton(sp => new TextablePhones(TextablePhones.ParseCountries(sp.GetRequiredService<IOptions<SmsOptions>>().Value.AllowedCountries).Countries!));
        // Contacts in editor-visible text are masked in the national formats of every country texted, not GB and US alone.
        services.TryAddSingleton(sp => new Core.Privacy.ContactMask(
            TextablePhones.ParseCountries(sp.GetRequiredService<IOptions<SmsOptions>>().Value.AllowedCountries).Countries ?? []));
        return services;
    }
}
