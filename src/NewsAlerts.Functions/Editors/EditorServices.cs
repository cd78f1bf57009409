namespace NewsAlerts.Functions.Editors;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

/// <summary>Registers the editor gate and its sources (section <c>Editor</c>, validated at start).</summary>
public static class EditorServices
{
    /// <summary>
    /// The gate, the development sign-in's sessions and the token validator; a registered
    /// <see cref="IConfigurationManager{T}"/> of <see cref="OpenIdConnectConfiguration"/> replaces the tenant's metadata (tests).
    /// </summary>
    public static IServiceCollection AddNewsAlertsEditors(this IServiceCollection services)
    {
        services.AddOptions<EditorOptions>().BindConfiguration(EditorOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EditorOptions>, EditorOptionsValidator>());
        services.TryAddSingleton<EditorSessions>();
        services.TryAddSingleton(sp => new EditorTokens(
            sp.GetRequiredService<IOptions<EditorOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<IConfigurationManager<OpenIdConnectConfiguration>>()));
        services.TryAddSingleton<EditorGate>();
        services.TryAddSingleton<SignInAttempts>();
        services.TryAddSingleton<MicrosoftSignIn>();
        return services;
    }
}
