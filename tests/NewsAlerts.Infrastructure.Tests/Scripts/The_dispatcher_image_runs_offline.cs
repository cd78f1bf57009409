namespace NewsAlerts.Infrastructure.Tests.Scripts;

using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// The Dispatcher's image archive, built offline on the base image infra/image-archive.sh makes (Debian 12 with the .NET
/// runtimes), runs without a container engine: infra/image-run.sh unpacks its layers into a root and starts its
/// entrypoint there, as the image's user and in its working directory. With no configuration, the .NET runtime inside
/// the image loads the app and its dependencies, and the app stops at its own start-up validation, naming the setting in one line.
/// </summary>
[Collection(DispatcherImage.Collection)]
public sealed class The_dispatcher_image_runs_offline(DispatcherImage image)
{
    [Fact]
    public async Task The_image_starts_the_dispatcher_which_names_the_missing_setting()
    {
        Assert.True(image.Build.ExitCode == 0, image.Build.AllOutput);

        var run = await ProcessRunner.RunAsync("bash", [Path.Combine(Repository.Infra, "image-run.sh"), "--archive", image.Archive], timeout: TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode != 0, run.AllOutput);
        Assert.Contains("image-run: dotnet /app/NewsAlerts.Dispatcher.dll (user 1654:1654, workdir /app/)", run.StandardError, StringComparison.Ordinal);
        // The Dispatcher's own start-up validation (not a loader or runtime error) shows runtime, app and packages load;
        // it says so in one line per setting, without a stack trace.
        Assert.Matches(@"configuration error: Setting '\w+:\w+' (is missing|must)", run.StandardError);
        Assert.DoesNotContain("OptionsValidationException", run.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_runs_as_the_non_root_user_of_microsofts_images_with_their_environment()
    {
        Assert.True(image.Build.ExitCode == 0, image.Build.AllOutput);

        var config = image.Config().GetProperty("config");
        var environment = config.GetProperty("Env").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal("1654", config.GetProperty("User").GetString());
        Assert.Equal("/app/", config.GetProperty("WorkingDir").GetString());
        Assert.Equal(["dotnet", "/app/NewsAlerts.Dispatcher.dll"], config.GetProperty("Entrypoint").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", environment);
        Assert.Contains("DOTNET_RUNNING_IN_CONTAINER=true", environment);
    }
}
