namespace NewsAlerts.Cli.Tests.Editors;

using System.Security.Cryptography;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;

/// <summary>What the editor-preview tests render with: one instant and the links the sender writes into messages.</summary>
public static class PreviewExamples
{
    /// <summary>The instant the example stories are published and previewed at: 2026-11-30 12:00 UTC.</summary>
    public static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Links under https://alerts.example.com/, their tokens signed with a random 32-byte key of this test run.</summary>
    public static AlertLinks Links { get; } = new(
        new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));
}
