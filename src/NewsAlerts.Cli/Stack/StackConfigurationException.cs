namespace NewsAlerts.Cli.Stack;

/// <summary>
/// The stack cannot start because of its configuration or environment (a port in use, a tool missing); the message
/// names the setting to change and is shown to the user as it is, without a stack trace.
/// </summary>
public sealed class StackConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StackConfigurationException()
    {
    }

    /// <summary>Creates the exception with the message shown to the user.</summary>
    public StackConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the message shown to the user and its cause.</summary>
    public StackConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
