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

    /// <summary>
    /// Every error <paramref name="errors"/> has for <paramref name="field"/>, as one value (<see cref="Join"/>), in
    /// their order; null when it has none. Each form shows a field's errors through this, so none shows only the first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static string? Of(IEnumerable<PageError> errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Where(e => e.Field == field).Select(e => e.Message).ToList() is { Count: > 0 } messages ? Join(messages) : null;
    }

    /// <summary>The errors in <paramref name="error"/>, each once, in order; none for null.</summary>
    public static IReadOnlyList<string> Split(string? error) =>
        error is null ? [] : error.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
