namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>One open journal file, written at its end. Any method may throw what the disk throws (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>).</summary>
internal interface IJournalFile : IDisposable
{
    /// <summary>The file's length in bytes, as the file system sees it now (a failed write may have left part of itself).</summary>
    long Length { get; }

    /// <summary>Writes <paramref name="bytes"/> at the end of the file.</summary>
    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>Makes everything written (and any truncation) durable: fsync.</summary>
    void FlushToDisk();

    /// <summary>Cuts the file to <paramref name="length"/> bytes; later writes go after them.</summary>
    void Truncate(long length);
}
