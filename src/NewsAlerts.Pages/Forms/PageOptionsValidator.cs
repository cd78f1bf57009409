namespace NewsAlerts.Pages.Forms;

using Microsoft.Extensions.Options;

/// <summary>Refuses start-up when <c>Pages:AllowedOrigins</c> or <c>Pages:EmbedOrigins</c> holds something that is not an http(s) origin.</summary>
public sealed class PageOptionsValidator : IValidateOptions<PageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        Origins.Parse(options.AllowedOrigins, out var badAllowed);
        Origins.Parse(options.EmbedOrigins, out var badEmbed);
        failures.AddRange(badAllowed.Select(b => $"Setting 'Pages:AllowedOrigins' holds '{b}', which is not an origin such as https://news.example."));
        failures.AddRange(badEmbed.Select(b => $"Setting 'Pages:EmbedOrigins' holds '{b}', which is not an origin such as https://news.example."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
