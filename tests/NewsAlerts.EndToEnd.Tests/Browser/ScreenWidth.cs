namespace NewsAlerts.EndToEnd.Tests.Browser;

/// <summary>A viewport the pages must work at.</summary>
/// <param name="Name">Short name used in screenshot files and messages.</param>
/// <param name="Width">CSS pixels.</param>
/// <param name="Height">CSS pixels.</param>
/// <param name="IsMobile">Emulate a phone (meta viewport honoured, touch).</param>
public sealed record ScreenWidth(string Name, int Width, int Height, bool IsMobile)
{
    /// <summary>A common phone (390 × 844).</summary>
    public static readonly ScreenWidth Phone = new("phone", 390, 844, true);

    /// <summary>A laptop (1280 × 800).</summary>
    public static readonly ScreenWidth Desktop = new("desktop", 1280, 800, false);

    /// <summary>Both widths: every state a flow visits is checked at each (<see cref="FlowRecorder"/>).</summary>
    public static IReadOnlyList<ScreenWidth> All { get; } = [Phone, Desktop];
}
