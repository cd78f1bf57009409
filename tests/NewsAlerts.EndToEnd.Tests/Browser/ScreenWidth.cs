namespace NewsAlerts.EndToEnd.Tests.Browser;

/// <summary>A viewport the pages must work at.</summary>
/// <param name="Name">Short name used in test names and screenshot files.</param>
/// <param name="Width">CSS pixels.</param>
/// <param name="Height">CSS pixels.</param>
/// <param name="IsMobile">Emulate a phone (meta viewport honoured, touch).</param>
public sealed record ScreenWidth(string Name, int Width, int Height, bool IsMobile)
{
    /// <summary>A common phone (390 × 844).</summary>
    public static readonly ScreenWidth Phone = new("phone", 390, 844, true);

    /// <summary>A laptop (1280 × 800).</summary>
    public static readonly ScreenWidth Desktop = new("desktop", 1280, 800, false);

    /// <summary>Both widths, as xunit theory data (by name, so test names read "phone" and "desktop").</summary>
    public static TheoryData<string> Both => new() { Phone.Name, Desktop.Name };

    /// <summary>The width called <paramref name="name"/>.</summary>
    public static ScreenWidth Named(string name) =>
        name == Phone.Name ? Phone : name == Desktop.Name ? Desktop : throw new ArgumentOutOfRangeException(nameof(name), name, "phone or desktop");
}
