namespace NewsAlerts.Cli.LocalHost;

using System.ComponentModel.DataAnnotations;
using NewsAlerts.Cli.Stack;

/// <summary>The local host's own settings (section <c>LocalHost</c>, e.g. in local.settings.json's Values).</summary>
public sealed class LocalHostOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "LocalHost";

    /// <summary>The port on 127.0.0.1 the host listens on (0 picks a free one).</summary>
    [Range(0, 65535, ErrorMessage = PortSetting.Must)]
    public int Port { get; set; } = 7071;

    /// <summary>The key that opens every function, including admin-level ones (header <c>x-functions-key</c> or query <c>code</c>).</summary>
    public string? MasterKey { get; set; }

    /// <summary>Function keys by function name; the key named <c>default</c> opens every function-level function.</summary>
    public Dictionary<string, string> FunctionKeys { get; } = new(StringComparer.OrdinalIgnoreCase);
}
