namespace NewsAlerts.Testing;

using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;

/// <summary>
/// A sign-up store over a real one that, once asked (<see cref="PauseBeforeReplacing"/>), stops the first conditional
/// write of one sign-up between its read and its write until the test releases it: a deterministic interleaving of two
/// writers (no sleeps), such as confirming an older link while a newer sign-up voids it; or stops it just after the
/// write (<see cref="PauseAfterReplacing"/>), such as a confirmation that has claimed its link and not yet joined.
/// </summary>
/// <param name="inner">The store written through (Table storage on Azurite in the tests).</param>
public sealed class PausingSignUpStore(ISignUpStore inner) : ISignUpStore
{
    private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? pauseFor;
    private string? pauseAddFor;
    private int passFirst;
    private bool afterWriting;

    /// <summary>Completes when the paused write has read its sign-up and waits to write it.</summary>
    public Task Reached => reached.Task;

    /// <summary>
    /// Pauses the next <see cref="ReplaceIfUnchangedAsync"/> of <paramref name="signUpId"/> (once), or the one after
    /// letting <paramref name="after"/> of them pass (1: a confirmation's final write, after its claim).
    /// </summary>
    public void PauseBeforeReplacing(string signUpId, int after = 0)
    {
        afterWriting = false;
        passFirst = after;
        pauseFor = signUpId;
    }

    /// <summary>
    /// As <see cref="PauseBeforeReplacing"/>, but the write is made first and the writer is stopped once it has
    /// returned from the store (0: a confirmation that has just claimed its link or code, before it joins).
    /// </summary>
    public void PauseAfterReplacing(string signUpId, int after = 0)
    {
        afterWriting = true;
        passFirst = after;
        pauseFor = signUpId;
    }

    /// <summary>Lets the paused write go on (harmless when nothing waits).</summary>
    public void Release() => released.TrySetResult();

    /// <inheritdoc />
    public async Task<bool> ReplaceIfUnchangedAsync(PendingSignUp read, PendingSignUp replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Id is { } id && Volatile.Read(ref pauseFor) == id && Interlocked.Decrement(ref passFirst) < 0
            && Interlocked.CompareExchange(ref pauseFor, null, id) == id)
        {
            if (afterWriting)
            {
                var written = await inner.ReplaceIfUnchangedAsync(read, replacement, cancellationToken);
                reached.TrySetResult();
                await released.Task.WaitAsync(cancellationToken);
                return written;
            }

            reached.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }

        return await inner.ReplaceIfUnchangedAsync(read, replacement, cancellationToken);
    }

    /// <summary>
    /// As <see cref="PauseBeforeReplacing"/>, for the next <see cref="AddIfAbsentAsync"/> of <paramref name="signUpId"/>
    /// (once): a first write that has found nothing stored and waits to write.
    /// </summary>
    public void PauseBeforeAdding(string signUpId)
    {
        afterWriting = false;
        passFirst = 0;
        pauseAddFor = signUpId;
    }

    /// <inheritdoc />
    public async Task<bool> AddIfAbsentAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        if (signUp.Id is { } id && Interlocked.CompareExchange(ref pauseAddFor, null, id) == id)
        {
            reached.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }

        return await inner.AddIfAbsentAsync(signUp, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PendingSignUp?> GetAsync(string signUpId, CancellationToken cancellationToken) => inner.GetAsync(signUpId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignUp>> FindByPhoneAsync(string phone, CancellationToken cancellationToken) => inner.FindByPhoneAsync(phone, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PendingSignUp>> FindByEmailAsync(string email, CancellationToken cancellationToken) => inner.FindByEmailAsync(email, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken) => inner.SaveAsync(signUp, cancellationToken);

    /// <inheritdoc />
    public Task<int> PurgeWrittenBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.PurgeWrittenBeforeAsync(before, cancellationToken);

    /// <inheritdoc />
    public Task EraseForSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => inner.EraseForSubscriberAsync(subscriberId, cancellationToken);
}
