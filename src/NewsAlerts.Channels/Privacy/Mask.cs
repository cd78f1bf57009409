namespace NewsAlerts.Channels.Privacy;

/// <summary>Shortens personal data for logs: enough to tell recipients apart, never the whole address or number.</summary>
public static class Mask
{
    /// <summary><c>alice@example.com</c> becomes <c>a***@example.com</c>.</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "(none)";
        }

        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : $"{address[0]}***{address[at..]}";
    }

    /// <summary><c>+447700900123</c> becomes <c>+44*******23</c>: country code and last two digits only.</summary>
    public static string Phone(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "(none)";
        }

        if (number.Length <= 5)
        {
            return new string('*', number.Length);
        }

        return string.Concat(number.AsSpan(0, 3), new string('*', number.Length - 5), number.AsSpan(number.Length - 2));
    }
}
