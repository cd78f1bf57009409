namespace NewsAlerts.Cli.Stack;

/// <summary>
/// How the local stack's and host's port settings (<c>LocalHost:Port</c>, <c>Stack:Azurite:TablePort</c> and the rest)
/// declare their range: <c>[Range(0, 65535, ErrorMessage = PortSetting.Must)]</c>. A TCP port is 1 to 65535 (RFC 793),
/// and 0 asks for a free one. The one range check of every setting (<see cref="Core.Configuration.SettingRange"/>)
/// words a refusal with it: <c>LocalHost:Port: 99999 is not a port from 0 to 65535 (0 picks a free one)</c> (the s41
/// trial, #8: an unhandled ArgumentOutOfRangeException, exit 134), and <c>LocalHost:Port: 'abc' is not a port from 0 to
/// 65535 (0 picks a free one)</c> (the s42 trial: int's range was quoted).
/// </summary>
public static class PortSetting
{
    /// <summary>What a port setting must be, in DataAnnotations' format ({1} the least, {2} the greatest).</summary>
    public const string Must = "a port from {1} to {2} (0 picks a free one)";
}
