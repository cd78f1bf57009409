namespace NewsAlerts.Infrastructure.Tests.Conventions;

using System.Text.RegularExpressions;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// CI s43 went red twice on one kind of fault: two test classes ran <c>dev</c> at the same time on the shared local stack,
/// on different storages (table prefixes). Its one Service Bus namespace has one <c>email-alerts</c> and one
/// <c>sms-alerts</c> queue, so each run's dispatcher took the other's batches, found no such subscriber in its own
/// tables and recorded them skipped: neither run's alerts arrived. Every test class that consumes the shared queues
/// belongs to the "queues" collection (one class at a time); this test finds any that does not.
/// </summary>
public sealed partial class Tests_that_consume_the_shared_queues_take_turns
{
    // Projects whose queue consumers never touch the shared stack's namespace: the emulator's own tests start emulators
    // of their own; benchmarks run alone.
    private static readonly string[] OwnNamespaces = ["NewsAlerts.ServiceBusEmulator.Tests", "NewsAlerts.Benchmarks", "NewsAlerts.Testing"];

    // The end-to-end tests' one host with the dispatcher, started once per process and shared by every class there (no
    // other consumer runs in that process).
    private static readonly string[] ProcessWideConsumers = [Path.Combine("NewsAlerts.EndToEnd.Tests", "Browser", "BrowserFixture.cs")];

    [Fact]
    public void Every_test_class_that_consumes_the_shared_queues_is_in_the_queues_collection()
    {
        var offenders = TestSources()
            .Where(file => ConsumesSharedQueues(File.ReadAllText(file)) && !NamesQueuesCollection(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(Repository.Root, file))
            .ToList();

        Assert.True(offenders.Count == 0, "Add [Collection(\"queues\")] (NewsAlerts.Testing.SharedQueues.Collection) to: " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData("host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);")]
    [InlineData("stack = await HostedStack.StartDeadLetteringAtOnceAsync(fixture.Stack);")]
    [InlineData("await new DevCommand().RunAsync([\"--once\", .. DevArguments.OnStack(fixture.Stack)], console, token);")]
    [InlineData("var processor = client.CreateProcessor(\"email-alerts\");")]
    [InlineData("var host = new QueueProcessorHost(client, ManageLinkMessage.Queue, Options(), NullLogger.Instance);")]
    public void A_class_with_a_consumer_is_found(string line)
    {
        var source = $"public sealed class Something {{ [Fact] public async Task Test() {{ {line} }} }}";

        Assert.True(ConsumesSharedQueues(source));
        Assert.False(NamesQueuesCollection(source));
        Assert.True(NamesQueuesCollection("[Collection(SharedQueues.Collection)]\n" + source));
        Assert.True(NamesQueuesCollection("[Collection(\"queues\")]\n" + source));
    }

    [Theory]
    [InlineData("host = await TestFunctionHost.StartAsync(fixture.Stack);")]
    [InlineData("await new DevCommand().RunAsync([\"--once\", $\"--Stack:DataDirectory={options.DataDirectory}\"], console, token);")]
    public void A_class_without_a_consumer_of_the_shared_queues_is_left_alone(string line)
    {
        Assert.False(ConsumesSharedQueues($"public sealed class Something {{ [Fact] public async Task Test() {{ {line} }} }}"));
    }

    [Fact]
    public void A_helper_without_tests_is_not_a_test_class()
    {
        Assert.False(ConsumesSharedQueues("public sealed class Gate { public ServiceBusProcessor Make() => client.CreateProcessor(queue); }"));
    }

    private static IEnumerable<string> TestSources() =>
        Directory.EnumerateDirectories(Path.Combine(Repository.Root, "tests"))
            .Where(project => !OwnNamespaces.Contains(Path.GetFileName(project)))
            .SelectMany(project => Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !ProcessWideConsumers.Any(exempt => file.EndsWith(exempt, StringComparison.Ordinal)));

    // A test class (it has facts or theories) that starts a consumer of the queues on the shared stack.
    private static bool ConsumesSharedQueues(string source) =>
        TestMethod().IsMatch(source) && (Consumer().IsMatch(source) || source.Contains("new DevCommand()", StringComparison.Ordinal) && source.Contains("OnStack(fixture.Stack)", StringComparison.Ordinal));

    private static bool NamesQueuesCollection(string source) => QueuesCollection().IsMatch(source);

    [GeneratedRegex(@"\[(Fact|Theory)\b")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"runDispatcher:\s*true|StartDeadLetteringAtOnceAsync\(|new QueueProcessorHost\(|\.CreateProcessor\(")]
    private static partial Regex Consumer();

    [GeneratedRegex(@"\[Collection\((""queues""|SharedQueues\.Collection)\)\]")]
    private static partial Regex QueuesCollection();
}
