namespace NewsAlerts.Infrastructure.Tests.Configuration;

using Microsoft.Extensions.DependencyInjection;

/// <summary>An app the template deploys: its resource type, its service registration, and the platform's own settings it may get.</summary>
public sealed record DeployedApp(string Name, string ResourceType, Action<IServiceCollection> Register, IReadOnlySet<string> PlatformSettings);
