namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>The real file system under a journal (see <see cref="IJournalFiles"/>).</summary>
internal sealed class JournalFiles : IJournalFiles
{
    public static JournalFiles Instance { get; } = new();

    public IJournalFile OpenForAppend(string path)
    {
        // Not FileMode.Append: a file opened that way cannot be cut below its length at opening, and a torn tail must be.
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, bufferSize: 0);
        _ = stream.Seek(0, SeekOrigin.End);
        return new File(stream);
    }

    public IJournalFile Create(string path) =>
        new File(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0));

    public void Replace(string source, string destination)
    {
        System.IO.File.Move(source, destination, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(destination)!);
    }

    private sealed class File(FileStream stream) : IJournalFile
    {
        public long Length => stream.Length;

        public void Write(ReadOnlySpan<byte> bytes) => stream.Write(bytes);

        public void FlushToDisk() => stream.Flush(flushToDisk: true);

        public void Truncate(long length)
        {
            stream.SetLength(length);
            stream.Position = length;
        }

        public void Dispose() => stream.Dispose();
    }
}
