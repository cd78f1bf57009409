using System.Reflection;
using NewsAlerts.Benchmarks;

// Usage: NewsAlerts.Benchmarks <suite|all> [--quick] [suite arguments...]
var suites = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmarkSuite).IsAssignableFrom(t))
    .Select(t => (IBenchmarkSuite)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("Usage: NewsAlerts.Benchmarks <suite|all> [--quick] [arguments]");
    foreach (var suite in suites)
    {
        Console.WriteLine($"  {suite.Name,-12} {suite.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

// Every service a suite starts (Azurite, the emulator, ...) stops when this process ends, however it ends, from the
// moment it is started: a run killed or failed while its stack was still starting once left Azurite running.
NewsAlerts.Cli.Stack.ServiceProcess.StopServicesWithThisProcess();

var quick = args.Contains("--quick");
var rest = args.Skip(1).Where(a => a != "--quick").ToList();
var selected = args[0] == "all" ? suites : suites.Where(s => s.Name == args[0]).ToList();
if (selected.Count == 0 && args[0] != "all")
{
    Console.Error.WriteLine($"Unknown suite '{args[0]}'. Known: {string.Join(", ", suites.Select(s => s.Name))}, all.");
    return 2;
}

var exitCode = 0;
foreach (var suite in selected)
{
    Console.WriteLine($"== {suite.Name}{(quick ? " (quick)" : string.Empty)}: {suite.Description}");
    var code = await suite.RunAsync(new BenchmarkOptions(quick, rest), CancellationToken.None);
    Console.WriteLine($"== {suite.Name}: {(code == 0 ? "ok" : $"FAILED (exit {code})")}");
    exitCode = Math.Max(exitCode, code);
}

return exitCode;
