namespace NewsAlerts.Functions.Pages;

/// <summary>
/// One part of a page read besides what the page is about (<see cref="SideReads"/>): its value, or that it could not be
/// read now (then the page says so in that part and works otherwise).
/// </summary>
/// <typeparam name="T">What the part shows.</typeparam>
/// <param name="Value">What was read; default when <paramref name="Unread"/>.</param>
/// <param name="Unread">Whether reading it failed (a storage error): the part says it could not be read now.</param>
public sealed record SideRead<T>(T? Value, bool Unread)
{
    /// <summary>A part read.</summary>
    public static SideRead<T> Of(T? value) => new(value, false);

    /// <summary>A part that could not be read now.</summary>
    public static SideRead<T> Failed { get; } = new(default, true);
}
