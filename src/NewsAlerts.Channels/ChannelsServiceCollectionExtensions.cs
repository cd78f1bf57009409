namespace NewsAlerts.Channels;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Health;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Health;

/// <summary>
/// Registers the delivery channels: <see cref="IEmailSender"/> and <see cref="ISmsSender"/> (rate-shaped and retrying
/// singletons over the SMTP and Twilio senders) and the Twilio webhook signature validator, with options bound from
/// the <c>Smtp</c> and <c>Twilio</c> sections and validated at start.
/// </summary>
public static class ChannelsServiceCollectionExtensions
{
    /// <summary>Adds email and SMS.</summary>
    public static IServiceCollection AddNewsAlertsChannels(this IServiceCollection services)
    {
        services.AddNewsAlertsEmail().AddNewsAlertsSms();
        // Confirmations share each sender's rate with alerts and retry like them, within an HTTP request's time.
        services.TryAddSingleton<IConfirmationSender>(sp => new ConfirmationSender(
            sp.GetRequiredService<SmtpEmailSender>(),
            sp.GetRequiredService<TwilioSmsSender>(),
            Shaper(sp, sp.GetRequiredService<SenderRates>().Email, RetryPolicy.Confirmations),
            Shaper(sp, sp.GetRequiredService<SenderRates>().Sms, RetryPolicy.Confirmations)));
        return services;
    }

    /// <summary>Adds <see cref="IEmailSender"/> over SMTP (section <c>Smtp</c>).</summary>
    public static IServiceCollection AddNewsAlertsEmail(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        AddShaping(services);
        services.TryAddSingleton<SmtpEmailSender>();
        services.TryAddSingleton<IEmailSender>(sp => new ShapedEmailSender(
            sp.GetRequiredService<SmtpEmailSender>(), Shaper(sp, sp.GetRequiredService<SenderRates>().Email)));
        services.TryAddSingleton<Templates.RazorTemplates>();
        services.TryAddSingleton<DigestEmailComposer>();
        services.TryAddSingleton<SmtpDigestSender>();
        services.TryAddSingleton<IDigestEmailSender>(sp => new ShapedDigestSender(
            sp.GetRequiredService<SmtpDigestSender>(), Shaper(sp, sp.GetRequiredService<SenderRates>().Email)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyProbe, SmtpProbe>());
        return services;
    }

    /// <summary>Adds <see cref="ISmsSender"/> over Twilio and <see cref="TwilioSignatureValidator"/> (section <c>Twilio</c>).</summary>
    public static IServiceCollection AddNewsAlertsSms(this IServiceCollection services)
    {
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        AddShaping(services);
        services.TryAddSingleton(sp => new TwilioSmsSender(
            sp.GetRequiredService<IOptions<TwilioOptions>>(),
            sp.GetRequiredService<ILogger<TwilioSmsSender>>(),
            sp.GetRequiredService<TimeProvider>(),
            faults: sp.GetService<NewsAlerts.Core.Ports.ISmsConfigurationFaults>()));
        services.TryAddSingleton<ISmsSender>(sp => new ShapedSmsSender(
            sp.GetRequiredService<TwilioSmsSender>(), Shaper(sp, sp.GetRequiredService<SenderRates>().Sms)));
        services.TryAddSingleton<TwilioSignatureValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDependencyProbe, TwilioProbe>());
        return services;
    }

    private static void AddShaping(IServiceCollection services)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(RetryPolicy.Default);
        services.TryAddSingleton<SenderRates>();
    }

    private static DeliveryShaper Shaper(IServiceProvider services, SendRateLimiter limiter, RetryPolicy? policy = null) =>
        new(limiter, policy ?? services.GetRequiredService<RetryPolicy>(), services.GetRequiredService<TimeProvider>(), Random.Shared);
}
