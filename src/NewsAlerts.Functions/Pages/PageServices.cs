namespace NewsAlerts.Functions.Pages;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Forms;

/// <summary>Registers what the subscriber pages need.</summary>
public static class PageServices
{
    /// <summary>The renderer, form tokens, the <c>Pages</c> settings (validated at start) and the shared page builders.</summary>
    public static IServiceCollection AddNewsAlertsPages(this IServiceCollection services)
    {
        services.AddOptions<PageOptions>().BindConfiguration(PageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PageOptions>, PageOptionsValidator>());
        services.TryAddSingleton<NewsAlerts.Channels.Templates.RazorTemplates>();
        services.TryAddSingleton<PageRenderer>();
        services.TryAddSingleton<FormTokens>();
        services.TryAddSingleton<PageResponder>();
        services.TryAddSingleton<SideReads>();
        services.TryAddSingleton<ConfirmPages>();
        services.TryAddSingleton<ContactsConfirmedElsewhere>();
        services.TryAddSingleton<UnsubscribePages>();
        services.TryAddSingleton<SignUpStart>();
        return services;
    }
}
