using NewsAlerts.ServiceBusEmulator.Persistence;

namespace NewsAlerts.ServiceBusEmulator.Tests.Persistence;

/// <summary>
/// The real file system (files under a temporary directory) with writes that fail on purpose, as a full or failing disk
/// makes them fail: after <see cref="FailWrites"/> each of the next writes throws the given exception, optionally after
/// writing the first half of its bytes (a torn append), until the count runs out or <see cref="Heal"/> is called;
/// after <see cref="HoldWrites"/> each write waits (a slow disk) until <see cref="ReleaseWrites"/>.
/// </summary>
internal sealed class FaultyJournalFiles : IJournalFiles
{
    private readonly object gate = new();
    private int failuresLeft;
    private Func<Exception> error = () => new IOException("No space left on device");
    private bool tear;
    private int failed;
    private int held;
    private readonly ManualResetEventSlim open = new(initialState: true);

    /// <summary>How many writes failed on purpose so far.</summary>
    public int Failed
    {
        get
        {
            lock (gate)
            {
                return failed;
            }
        }
    }

    /// <summary>Makes the next <paramref name="count"/> writes throw what <paramref name="makeError"/> makes; with <paramref name="torn"/> each first writes half its bytes.</summary>
    public void FailWrites(int count, Func<Exception> makeError, bool torn)
    {
        lock (gate)
        {
            failuresLeft = count;
            error = makeError;
            tear = torn;
        }
    }

    /// <summary>How many writes have started waiting on a hold so far.</summary>
    public int Held => Volatile.Read(ref held);

    /// <summary>Every write from now on waits until <see cref="ReleaseWrites"/> (or 2 minutes, so a failed test cannot hang the run).</summary>
    public void HoldWrites() => open.Reset();

    /// <summary>Lets the held writes, and every later one, go through.</summary>
    public void ReleaseWrites() => open.Set();

    /// <summary>Every write succeeds from now on.</summary>
    public void Heal()
    {
        lock (gate)
        {
            failuresLeft = 0;
        }
    }

    public IJournalFile OpenForAppend(string path) => new File(this, JournalFiles.Instance.OpenForAppend(path));

    public IJournalFile Create(string path) => new File(this, JournalFiles.Instance.Create(path));

    public void Replace(string source, string destination) => JournalFiles.Instance.Replace(source, destination);

    private void WaitIfHeld()
    {
        if (!open.IsSet)
        {
            Interlocked.Increment(ref held);
            open.Wait(TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>Null when this write may go through; otherwise the exception to throw and whether to write half first.</summary>
    private (Exception Error, bool Tear)? NextFault()
    {
        lock (gate)
        {
            if (failuresLeft <= 0)
            {
                return null;
            }

            failuresLeft--;
            failed++;
            return (error(), tear);
        }
    }

    private sealed class File(FaultyJournalFiles owner, IJournalFile inner) : IJournalFile
    {
        public long Length => inner.Length;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            owner.WaitIfHeld();
            if (owner.NextFault() is not { } fault)
            {
                inner.Write(bytes);
                return;
            }

            if (fault.Tear)
            {
                inner.Write(bytes[..(bytes.Length / 2)]);
                inner.FlushToDisk();
            }

            throw fault.Error;
        }

        public void FlushToDisk() => inner.FlushToDisk();

        public void Truncate(long length) => inner.Truncate(length);

        public void Dispose() => inner.Dispose();
    }
}
