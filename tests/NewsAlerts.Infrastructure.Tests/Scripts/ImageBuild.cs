namespace NewsAlerts.Infrastructure.Tests.Scripts;

/// <summary>How long infra/image-archive.sh may take in a test.</summary>
public static class ImageBuild
{
    /// <summary>
    /// The first run on a machine also builds the Debian base layer with debootstrap (about a minute with a nearby
    /// mirror); later runs reuse the cached layers and take seconds plus the publish.
    /// </summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMinutes(10);
}
