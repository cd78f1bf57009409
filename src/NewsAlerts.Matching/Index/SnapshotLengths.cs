namespace NewsAlerts.Matching.Index;

/// <summary>
/// Reads the item counts of a snapshot so that damage cannot make a reader allocate wildly: a count is never negative
/// and never more than the bytes left (every item takes at least one byte).
/// </summary>
internal static class SnapshotLengths
{
    /// <summary>Reads a count of items.</summary>
    /// <exception cref="InvalidDataException">The count is negative or larger than what is left.</exception>
    public static int Read(BinaryReader reader, string what) => Check(reader, NonNegative(reader.ReadInt32(), what), what);

    /// <summary>Checks a count already read.</summary>
    public static int Check(BinaryReader reader, int length, string what)
    {
        var stream = reader.BaseStream;
        return !stream.CanSeek || length <= stream.Length - stream.Position
            ? length
            : throw new InvalidDataException($"{what} in snapshot exceeds its size");
    }

    /// <summary>A value that must not be negative.</summary>
    public static int NonNegative(int value, string what) =>
        value >= 0 ? value : throw new InvalidDataException($"negative {what} in snapshot");
}
