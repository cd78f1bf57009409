namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Dev;
using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s44 #1: with two <c>dev</c> runs on one stack, a text sent by the second linked its own port
/// (http://127.0.0.1:7072/api/a/...) and died when it stopped, while the stack and the story were still up. The run that
/// started the stack stops it when it ends, so every run on that stack links its host; a run with nobody to defer to
/// links its own and says, when other runs share the stack, that its links end with it.
/// </summary>
public sealed class Links_in_alerts_point_at_the_host_that_outlives_them
{
    private const int First = 4100;
    private const int Second = 4200;
    private static readonly Uri FirstHost = new("http://127.0.0.1:7071/");
    private static readonly Uri SecondHost = new("http://127.0.0.1:7072/");

    [Fact]
    public void A_second_run_on_a_stack_the_first_started_links_the_first_runs_host_and_says_so()
    {
        var choice = AlertLinkHost.Choose(Stack(owner: First), [Host(First, FirstHost)], Second, SecondHost);

        Assert.Equal(FirstHost, choice.PublicBaseUrl);
        Assert.Contains("http://127.0.0.1:7071/", choice.Line, StringComparison.Ordinal);
        Assert.Contains($"PID {First}", choice.Line, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:7072/", choice.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_that_started_the_stack_links_its_own_host_and_says_nothing()
    {
        var choice = AlertLinkHost.Choose(Stack(owner: First), [Host(First, FirstHost), Host(Second, SecondHost)], First, FirstHost);

        Assert.Equal(new AlertLinkChoice(FirstHost, null), choice);
    }

    [Fact]
    public void A_run_alone_on_a_stack_started_without_dev_links_its_own_host_and_says_nothing()
    {
        Assert.Equal(new AlertLinkChoice(SecondHost, null), AlertLinkHost.Choose(Stack(owner: null), [], Second, SecondHost));
    }

    [Fact]
    public void A_run_beside_another_on_a_stack_no_dev_started_says_its_links_end_with_it()
    {
        var choice = AlertLinkHost.Choose(Stack(owner: null), [Host(First, FirstHost)], Second, SecondHost);

        Assert.Equal(SecondHost, choice.PublicBaseUrl);
        Assert.Contains("stop answering when this run stops", choice.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_that_runs_no_dev_host_leaves_the_run_its_own_links()
    {
        // A stack run or a test process started the stack: it has no host to link, so this run links its own.
        var choice = AlertLinkHost.Choose(Stack(owner: 4300), [], Second, SecondHost);

        Assert.Equal(new AlertLinkChoice(SecondHost, null), choice);
    }

    [Fact]
    public void A_run_that_started_part_of_the_stack_links_its_own_host()
    {
        // Its services stop when it ends, so the stack ends with it anyway.
        ServiceRecord[] services = [Service("azurite", First), Service("smssink", Second)];

        Assert.Equal(SecondHost, AlertLinkHost.Choose(services, [Host(First, FirstHost)], Second, SecondHost).PublicBaseUrl);
    }

    [Fact]
    public void Of_two_owners_the_one_that_started_most_of_the_stack_is_linked()
    {
        ServiceRecord[] services = [Service("azurite", 4400), Service("servicebus", First), Service("smssink", First)];
        var hosts = new[] { Host(4400, new Uri("http://127.0.0.1:7073/")), Host(First, FirstHost) };

        Assert.Equal(FirstHost, AlertLinkHost.Choose(services, hosts, Second, SecondHost).PublicBaseUrl);
    }

    private static ServiceRecord[] Stack(int? owner) =>
        [.. new[] { "azurite", "smtp4dev", "servicebus", "smssink", "feedserver" }.Select(name => Service(name, owner))];

    private static ServiceRecord Service(string name, int? owner) =>
        new(name, 5000 + name.Length, DateTimeOffset.UnixEpoch, new Dictionary<string, int>(), owner, StartTicks: 1);

    private static DevHost Host(int pid, Uri url) => new(pid, new ProcessStart(1, null, null), url);
}
