namespace NewsAlerts.Cli.Dev;

using System.Net.Http.Json;
using System.Text.Json;

/// <summary>
/// The feeds only the demo registers (<see cref="FeedDemo.Registrations"/>: the demo newsroom and the two corpus feeds on
/// the local feed server) and what a run does with them. Their address marks them: a loopback feed server's
/// <see cref="FeedDemo.NewsroomPathOf">newsroom path</see> of this data folder or a corpus path (the port may differ
/// from run to run). <c>dev --no-demo</c> pauses them, saying so in one line (session 43, trial LOW #11: the newsroom,
/// published only by the demo into a feed server that forgets on restart, answered 404 at every poll of every later
/// <c>--no-demo</c> run), each marked <c>pausedBy</c> <see cref="Marker"/>; a run with the demo resumes only the ones
/// so marked (<see cref="Resumes"/>): a pause an editor made, or made again, stays (session 44).
/// </summary>
/// <param name="host">The local Function host.</param>
/// <param name="editorKey">The key the feed API takes.</param>
/// <param name="newsroomPath">This data folder's newsroom path (<see cref="FeedDemo.NewsroomPathOf"/>).</param>
/// <param name="log">Where the one line goes.</param>
public sealed class DemoFeeds(Uri host, string editorKey, string newsroomPath, TextWriter log)
{
    /// <summary>The <c>pausedBy</c> a <c>--no-demo</c> run pauses the demo's feeds with, and the only pause a run with the demo undoes.</summary>
    public const string Marker = "dev --no-demo";

    /// <summary>What <see cref="ResumeIfPausedAsync"/> found and did.</summary>
    public enum Resume
    {
        /// <summary>The feed was not paused (or is not the demo's).</summary>
        NotPaused,

        /// <summary>A <c>--no-demo</c> run had paused it: resumed.</summary>
        Resumed,

        /// <summary>Someone else (an editor) paused it: left paused.</summary>
        KeptPaused,
    }

    /// <summary>
    /// Whether a run with the demo resumes a demo feed that is <paramref name="paused"/> by <paramref name="pausedBy"/>
    /// at <paramref name="pausedAt"/>: a pause marked <see cref="Marker"/> (made by <c>--no-demo</c>, and not made again
    /// since by an editor, which replaces the mark), or a pause older than pause marks (neither a mark nor a time: every
    /// pause since records its time; such a pause was most likely an older <c>--no-demo</c>'s, which every run with the
    /// demo resumed then). An editor's pause, named or not, stays.
    /// </summary>
    public static bool Resumes(bool paused, string? pausedBy, DateTimeOffset? pausedAt) =>
        paused && (string.Equals(pausedBy, Marker, StringComparison.Ordinal) || pausedBy is null && pausedAt is null);

    /// <summary>
    /// Why the feed API could not be asked, in words for the one line <c>dev</c> writes (not the exception's own text):
    /// <c>the feed API answered HTTP 503 (service unavailable)</c>, <c>the feed API could not be reached: the connection
    /// could not be made or was reset</c>, <c>the feed API's answer could not be read</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string Why(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            HttpRequestException { StatusCode: { } status } => $"the feed API answered {NewsAlerts.Core.Feeds.HttpStatusWords.Of((int)status)}",
            HttpRequestException failed => $"the feed API could not be reached: {NewsAlerts.Channels.Feeds.NetworkErrorWords.Of(failed.HttpRequestError)}",
            _ => "the feed API's answer could not be read",
        };
    }

    /// <summary>
    /// The other live run on this data folder that runs the demo, and so polls and publishes to the demo's feeds, or null
    /// when there is none: a run without the demo then leaves them alone (trial s45 #8: a <c>dev --no-demo</c> beside a
    /// running <c>dev</c> paused the feeds that run's feed demo waits on, for the rest of its life). Of several, the lowest PID.
    /// </summary>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder (<see cref="DevHosts.Live"/>).</param>
    /// <param name="self">This process's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="liveHosts"/> is null.</exception>
    public static DevHost? RunUsingThem(IReadOnlyList<DevHost> liveHosts, int self)
    {
        ArgumentNullException.ThrowIfNull(liveHosts);
        return liveHosts.Where(h => h.Demo && h.Pid != self).OrderBy(h => h.Pid).FirstOrDefault();
    }

    /// <summary>The one line a run without the demo writes when it leaves the demo's feeds to <paramref name="user"/> (<see cref="RunUsingThem"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public static string LeftAloneLine(DevHost user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"Feeds: the demo's feeds are left polled: the dev run of PID {user.Pid} ({user.PublicBaseUrl}) runs the demo and uses them.";
    }

    /// <summary>Whether <paramref name="url"/> is a feed the demo of the data folder with <paramref name="newsroomPath"/> registers.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsDemos(Uri url, string newsroomPath)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(newsroomPath);
        if (!url.IsAbsoluteUri || !url.IsLoopback || url.Query.Length > 0)
        {
            return false;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        return path == newsroomPath || FeedDemo.CorpusPaths.Contains(path, StringComparer.Ordinal);
    }

    /// <summary>
    /// Pauses every demo feed that is not paused (<c>PATCH {"paused": true, "pausedBy": "dev --no-demo"}</c>, which also ends
    /// its WebSub subscription) and says so in one line naming them; says nothing when there is none. A feed paused already
    /// (by an editor) is left as it is, with its own mark. Answers the ids paused.
    /// </summary>
    /// <exception cref="HttpRequestException">The feed API could not be reached or refused.</exception>
    public async Task<IReadOnlyList<string>> PauseAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = host };
        var paused = new List<string>();
        foreach (var feed in (await ListAsync(http, cancellationToken)).Where(f => !f.Paused))
        {
            await SetPausedAsync(http, feed.Id, paused: true, cancellationToken);
            paused.Add(feed.Id);
        }

        if (paused.Count > 0)
        {
            await log.WriteLineAsync(
                $"Feeds: paused the demo's feeds {string.Join(", ", paused)}: only the demo publishes and registers them, and this run has no demo (a dev run with the demo resumes them; a pause of yours stays).");
        }

        return paused;
    }

    /// <summary>
    /// What a run without the demo does with the demo's feeds: while another live run on this data folder runs the demo
    /// (<see cref="RunUsingThem"/> of <paramref name="liveHosts"/>), leaves them polled and says so in one line
    /// (<see cref="LeftAloneLine"/>); otherwise pauses them (<see cref="PauseAsync"/>). Answers the ids paused.
    /// </summary>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder (<see cref="DevHosts.Live"/>).</param>
    /// <param name="self">This process's id.</param>
    /// <param name="cancellationToken">Ends the wait for the feed API.</param>
    /// <exception cref="HttpRequestException">The feed API could not be reached or refused.</exception>
    public async Task<IReadOnlyList<string>> PauseUnlessInUseAsync(IReadOnlyList<DevHost> liveHosts, int self, CancellationToken cancellationToken)
    {
        if (RunUsingThem(liveHosts, self) is { } user)
        {
            await log.WriteLineAsync(LeftAloneLine(user));
            return [];
        }

        return await PauseAsync(cancellationToken);
    }

    /// <summary>
    /// Resumes the demo feed <paramref name="id"/> when an earlier <c>--no-demo</c> run paused it (<see cref="Resumes"/>);
    /// a feed an editor paused stays paused.
    /// </summary>
    /// <exception cref="HttpRequestException">The feed API could not be reached or refused.</exception>
    public async Task<Resume> ResumeIfPausedAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var http = new HttpClient { BaseAddress = host };
        if ((await ListAsync(http, cancellationToken)).FirstOrDefault(f => f.Id == id) is not { Paused: true } feed)
        {
            return Resume.NotPaused;
        }

        if (!Resumes(feed.Paused, feed.PausedBy, feed.PausedAt))
        {
            return Resume.KeptPaused;
        }

        await SetPausedAsync(http, id, paused: false, cancellationToken);
        return Resume.Resumed;
    }

    // The demo's feeds as GET /api/feeds lists them.
    private async Task<List<(string Id, bool Paused, string? PausedBy, DateTimeOffset? PausedAt)>> ListAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/feeds");
        request.Headers.Add("x-functions-key", editorKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return
        [
            .. answer.GetProperty("feeds").EnumerateArray()
                .Where(f => Uri.TryCreate(f.GetProperty("url").GetString(), UriKind.Absolute, out var url) && IsDemos(url, newsroomPath))
                .Select(f => (
                    f.GetProperty("id").GetString()!,
                    f.GetProperty("paused").GetBoolean(),
                    f.TryGetProperty("pausedBy", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString() : null,
                    f.TryGetProperty("pausedAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : (DateTimeOffset?)null)),
        ];
    }

    private async Task SetPausedAsync(HttpClient http, string id, bool paused, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/feeds/{Uri.EscapeDataString(id)}") { Content = paused ? JsonContent.Create(new { paused, pausedBy = Marker }) : JsonContent.Create(new { paused }) };
        request.Headers.Add("x-functions-key", editorKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
