using NewsAlerts.Cli.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CommandCatalog.RunAsync(args, CliConsole.System, cancellation.Token);
