using Amqp;
using Amqp.Framing;
using Amqp.Types;
using NewsAlerts.ServiceBusEmulator.Amqp;
using NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

namespace NewsAlerts.ServiceBusEmulator.Tests.Interop;

/// <summary>
/// Python's and Go's Service Bus clients write the dead-letter error's info map and the abandon annotations with
/// string keys. AMQPNetLite will only encode symbol keys there, so these tests build the outcome's wire bytes by hand,
/// decode them as the emulator's listener does, and read them with the emulator's own readers.
/// </summary>
/// AMQPNetLite registers its framing types with its codec only once a connection has run, so each test first opens and
/// closes one to the fixture's emulator, as the emulator's listener has always done before it decodes an outcome
/// (without it these tests failed whenever they ran first in the process).
public sealed class OutcomesWithStringKeysTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const ulong RejectedCode = 0x25;
    private const ulong ModifiedCode = 0x27;
    private const ulong ErrorCode = 0x1d;

    [Fact]
    public async Task A_rejected_outcome_with_string_keys_keeps_the_reason_description_and_properties_to_modify()
    {
        var info = new Map { ["DeadLetterReason"] = "BadPayload", ["DeadLetterErrorDescription"] = "not JSON", ["retries"] = 3 };
        var rejected = (Rejected)await DecodeAsync(new DescribedValue(RejectedCode, new List { new DescribedValue(ErrorCode, new List { new Symbol("com.microsoft:dead-letter"), null, info }) }));

        var (reason, description) = DeadLetterRequest.Read(rejected.Error);
        var changes = BareMessageEditor.ReadChanges(rejected.Error.Info, "DeadLetterReason", "DeadLetterErrorDescription");

        Assert.Equal("BadPayload", reason);
        Assert.Equal("not JSON", description);
        Assert.Equal(3, Assert.Single(changes!).Value);
    }

    [Fact]
    public async Task A_modified_outcome_with_string_keys_keeps_its_properties_to_modify()
    {
        var annotations = new Map { ["attempt"] = 2, ["why"] = "timeout" };
        var modified = (Modified)await DecodeAsync(new DescribedValue(ModifiedCode, new List { true, false, annotations }));

        var changes = BareMessageEditor.ReadChanges(modified.MessageAnnotations);

        Assert.Equal(2, changes!["attempt"]);
        Assert.Equal("timeout", changes["why"]);
    }

    private async Task<object> DecodeAsync(DescribedValue outcome)
    {
        var connection = await new ConnectionFactory().CreateAsync(new Address("127.0.0.1", fixture.Emulator.Port, "RootManageSharedAccessKey", "SAS_KEY_VALUE", "/", "amqp"));
        await connection.CloseAsync();
        var buffer = new ByteBuffer(256, autoGrow: true);
        Encoder.WriteObject(buffer, outcome);
        return Encoder.ReadObject(buffer);
    }
}
