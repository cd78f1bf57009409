namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

// The s41 trial's #1: a second dev that reused the first one's SMS sink pointed the sink's replies at itself and left
// them there when it ended, so STOP replies for the dev still running got 502 and were lost.
public sealed class A_run_hands_the_sms_replies_back_when_it_ends
{
    private static readonly Uri First = new("http://127.0.0.1:7071/");
    private static readonly Uri Second = new("http://127.0.0.1:7075/");
    private static readonly Uri Third = new("http://127.0.0.1:7079/");

    [Fact]
    public async Task Replies_go_back_to_the_run_they_were_taken_from()
    {
        await WithPrivateSinkAsync(async sink =>
        {
            Assert.Null(await sink.SendRepliesToAsync(First, CancellationToken.None));
            var previous = await sink.SendRepliesToAsync(Second, CancellationToken.None);
            Assert.Equal(new Uri(First, "api/twilio/inbound"), previous);

            Assert.True(await sink.HandRepliesBackAsync(Second, previous, CancellationToken.None));
            Assert.Equal(new Uri(First, "api/twilio/inbound"), await sink.RepliesGoToAsync(CancellationToken.None));
        });
    }

    [Fact]
    public async Task Replies_a_later_run_took_stay_with_it_and_a_first_run_has_none_to_hand_back()
    {
        await WithPrivateSinkAsync(async sink =>
        {
            var firstPrevious = await sink.SendRepliesToAsync(First, CancellationToken.None);
            var secondPrevious = await sink.SendRepliesToAsync(Second, CancellationToken.None);
            await sink.SendRepliesToAsync(Third, CancellationToken.None);

            Assert.False(await sink.HandRepliesBackAsync(Second, secondPrevious, CancellationToken.None));
            Assert.Equal(new Uri(Third, "api/twilio/inbound"), await sink.RepliesGoToAsync(CancellationToken.None));
            Assert.False(await sink.HandRepliesBackAsync(First, firstPrevious, CancellationToken.None));
            Assert.Equal(new Uri(Third, "api/twilio/inbound"), await sink.RepliesGoToAsync(CancellationToken.None));
        });
    }

    [Fact]
    public async Task Setting_the_same_host_again_remembers_nothing_to_hand_back()
    {
        await WithPrivateSinkAsync(async sink =>
        {
            await sink.SendRepliesToAsync(First, CancellationToken.None);
            Assert.Null(await sink.SendRepliesToAsync(First, CancellationToken.None));
        });
    }

    private static async Task WithPrivateSinkAsync(Func<SmsSinkInbox, Task> test)
    {
        var options = SharedStack.PrivateOptions();
        options.Services = StackServices.SmsSink;
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);
        var stack = await LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None);
        try
        {
            using var sink = new SmsSinkInbox(stack.SmsSink);
            await test(sink);
        }
        finally
        {
            await LocalStack.StopAsync(paths, stack.Started, CancellationToken.None);
        }
    }
}
