namespace NewsAlerts.Cli.Stack;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// Ports and data folder of the local stack (configuration section <c>Stack</c>; environment variables
/// <c>NEWSALERTS_Stack__Azurite__TablePort</c> and so on; command line <c>--Stack:Azurite:TablePort=20002</c>).
/// A port of 0 picks a free one, which is what test fixtures do.
/// </summary>
public sealed class StackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Stack";

    /// <summary>Where services keep their data, logs and the PID file; default <c>infra/local/.data</c> (git-ignored).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// The shared corpus (<c>feeds/</c> and <c>sample-article.json</c>); default <c>../shared/data</c> beside the
    /// repository (<see cref="StackPaths.SharedDataDirectory"/>).
    /// </summary>
    public string? SharedDataDirectory { get; set; }

    /// <summary>
    /// Which services to start (default <see cref="StackServices.All"/>). Those left out are not started (nor reused or
    /// stopped); the <see cref="RunningStack"/> still names their configured ports, with nothing listening there.
    /// </summary>
    public StackServices Services { get; set; } = StackServices.All;

    /// <summary>Azurite's ports.</summary>
    public AzuritePorts Azurite { get; set; } = new();

    /// <summary>smtp4dev's ports.</summary>
    public Smtp4devPorts Smtp4dev { get; set; } = new();

    /// <summary>The SMS sink's port.</summary>
    public SmsSinkPorts SmsSink { get; set; } = new();

    /// <summary>The Service Bus emulator's port.</summary>
    public ServiceBusPorts ServiceBus { get; set; } = new();

    /// <summary>The local feed server's port.</summary>
    public FeedServerPorts FeedServer { get; set; } = new();

    /// <summary>Azurite (Blob, Queue, Table).</summary>
    public sealed class AzuritePorts
    {
        /// <summary>Blob service port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int BlobPort { get; set; } = 10000;

        /// <summary>Queue service port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int QueuePort { get; set; } = 10001;

        /// <summary>Table service port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int TablePort { get; set; } = 10002;
    }

    /// <summary>smtp4dev (SMTP server with a web inbox).</summary>
    public sealed class Smtp4devPorts
    {
        /// <summary>SMTP port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int SmtpPort { get; set; } = 2525;

        /// <summary>Web inbox and HTTP API port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int WebPort { get; set; } = 5080;

        /// <summary>IMAP port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int ImapPort { get; set; } = 1143;

        /// <summary>POP3 port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int Pop3Port { get; set; } = 1110;
    }

    /// <summary>The Service Bus emulator (AMQP 1.0).</summary>
    public sealed class ServiceBusPorts
    {
        /// <summary>AMQP port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int Port { get; set; } = 5672;
    }

    /// <summary>The local feed server and WebSub hub (<c>newsalerts feed-server</c>).</summary>
    public sealed class FeedServerPorts
    {
        /// <summary>HTTP port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int Port { get; set; } = 5095;
    }

    /// <summary>The Twilio-compatible SMS sink.</summary>
    public sealed class SmsSinkPorts
    {
        /// <summary>HTTP port.</summary>
        [Range(0, 65535, ErrorMessage = PortSetting.Must)]
        public int Port { get; set; } = 5090;
    }
}
