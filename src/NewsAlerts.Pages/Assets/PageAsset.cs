namespace NewsAlerts.Pages;

/// <summary>A static asset of the pages.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The media type with charset.</param>
public sealed record PageAsset(byte[] Content, string ContentType);
