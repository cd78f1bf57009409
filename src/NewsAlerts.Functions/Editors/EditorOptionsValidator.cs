namespace NewsAlerts.Functions.Editors;

using Microsoft.Extensions.Options;

/// <summary>Fails at start, naming the setting, when the <c>Editor</c> settings cannot work.</summary>
public sealed class EditorOptionsValidator : IValidateOptions<EditorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EditorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.TenantId) != string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Settings 'Editor:TenantId' and 'Editor:ClientId' go together: set both (bearer tokens are validated) or neither.");
        }

        failures.AddRange(NewsAlerts.Core.Configuration.SettingRange.Failures(options, EditorOptions.SectionName));

        if (options.Authority is { } authority && authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Setting 'Editor:Authority' must be an https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
