namespace NewsAlerts.Testing;

using Microsoft.Extensions.DependencyInjection;

/// <summary>Wraps a registered singleton in a test double that delegates to it (a gate, a counter, a fault).</summary>
public static class ServiceDecoration
{
    /// <summary>
    /// Replaces the last registration of <typeparamref name="TService"/> by <paramref name="decorate"/> applied to
    /// what it would have built.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing registers <typeparamref name="TService"/>.</exception>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"No registration of {typeof(TService).Name} to decorate.");
        services.Remove(original);
        services.AddSingleton(sp => decorate(sp, Build<TService>(sp, original)));
        return services;
    }

    private static TService Build<TService>(IServiceProvider services, ServiceDescriptor original) =>
        (TService)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
