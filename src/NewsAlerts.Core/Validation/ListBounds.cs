namespace NewsAlerts.Core.Validation;

using System.Text.Json;

/// <summary>
/// The bound on every list in a request body (review r40 #4: the editor's lists, <c>keywords</c>, <c>headlines</c>,
/// <c>altids</c> and the other ninjs lists an article may carry but NewsAlerts does not read, had none, while the
/// subscriber's were bounded). A list a parser reads keeps its own, lower bound and message (<c>topics</c>: 50,
/// <c>languages</c>: 20, <c>subjects</c>: 100); this one holds for every list anywhere in a body, nested ones too.
/// </summary>
public static class ListBounds
{
    /// <summary>The most items any list in a request body may hold.</summary>
    public const int MaxItems = 1000;

    /// <summary>The reason for a list longer than <see cref="MaxItems"/>: which bound was crossed, and by how much.</summary>
    /// <param name="count">The number of items the list holds.</param>
    public static string TooLong(int count) => $"is a list of {count} items; at most {MaxItems} are allowed";

    /// <summary>
    /// The first list in <paramref name="element"/> (itself or any member or item, depth first) that holds more than
    /// <see cref="MaxItems"/> items, named by its path from <paramref name="path"/> (<c>keywords</c>,
    /// <c>associations[0].altids</c>; <c>$</c> for the root), with <see cref="TooLong"/>; null when every list is within it.
    /// </summary>
    /// <param name="element">A parsed JSON value.</param>
    /// <param name="path">The path of <paramref name="element"/>: <c>$</c> for a body's root.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static FieldError? FirstTooLong(JsonElement element, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var count = element.GetArrayLength();
                if (count > MaxItems)
                {
                    return new FieldError(path, TooLong(count));
                }

                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstTooLong(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (FirstTooLong(property.Value, path == "$" ? property.Name : $"{path}.{property.Name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
