namespace NewsAlerts.Pages.Layout;

/// <summary>
/// Several errors of one form field carried as one value (a component's <c>Error</c> parameter) and shown one per
/// line: <see cref="Join"/> puts a line feed between them, <see cref="Split"/> gives them back. An error's words never
/// hold a line feed, so none is split apart.
/// </summary>
public static class FieldErrorLines
{
    /// <summary>What stands between two errors of a field.</summary>
    public const char Separator = '\n';

    /// <summary>The errors of a field as one value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public static string Join(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return string.Join(Separator, messages.Select(m => m.Replace(Separator, ' ')));
    }

    /// <summary>The errors in <paramref name="error"/>, each once, in order; none for null.</summary>
    public static IReadOnlyList<string> Split(string? error) =>
        error is null ? [] : error.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
