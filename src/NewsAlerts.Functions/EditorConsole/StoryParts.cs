namespace NewsAlerts.Functions.EditorConsole;

/// <summary>The side parts of a story's page (<see cref="StoryStatus.Unread"/>), each read on its own so one failing leaves the others shown.</summary>
public static class StoryParts
{
    /// <summary>The audit (who did what, and what each action planned).</summary>
    public const string Audit = "audit";

    /// <summary>The delivery ledger's rows by channel.</summary>
    public const string Delivery = "delivery";

    /// <summary>The story's email digest entries.</summary>
    public const string Digests = "digests";
}
