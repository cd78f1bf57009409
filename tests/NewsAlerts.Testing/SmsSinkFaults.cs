namespace NewsAlerts.Testing;

/// <summary>Clears the SMS sink's faults for one number (<c>DELETE /sink/faults?to=…</c>), leaving other tests' numbers alone.</summary>
public static class SmsSinkFaults
{
    /// <summary>Clears the fault set for <paramref name="number"/> (E.164), if any.</summary>
    /// <exception cref="HttpRequestException">The sink refused (a number that is not E.164) or could not be reached.</exception>
    public static async Task ClearAsync(HttpClient sink, string number)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(number);
        using var cleared = await sink.DeleteAsync(new Uri($"sink/faults?to={Uri.EscapeDataString(number)}", UriKind.Relative));
        cleared.EnsureSuccessStatusCode();
    }
}
