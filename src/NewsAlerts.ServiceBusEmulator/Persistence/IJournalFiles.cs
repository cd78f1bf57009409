namespace NewsAlerts.ServiceBusEmulator.Persistence;

/// <summary>
/// The file operations a journal needs, and nothing more: the emulator uses <see cref="JournalFiles"/> (the real file
/// system); tests wrap it to make a write fail or stop half way, as a full or failing disk does.
/// </summary>
internal interface IJournalFiles
{
    /// <summary>Opens the file at <paramref name="path"/> (creating it if missing) for writing at its end.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its directory may not be written.</exception>
    IJournalFile OpenForAppend(string path);

    /// <summary>Creates the file at <paramref name="path"/>, empty (replacing any file there), for writing.</summary>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    IJournalFile Create(string path);

    /// <summary>Renames <paramref name="source"/> over <paramref name="destination"/> and makes the rename durable.</summary>
    /// <exception cref="IOException">The rename or the directory's fsync failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    void Replace(string source, string destination);
}
