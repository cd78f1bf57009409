namespace NewsAlerts.Infrastructure.Tests.Readme;

using System.Buffers.Binary;
using System.Text.RegularExpressions;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>
/// Issue 17 asks for the README to show the reach preview. The screenshots are written by the browser tests
/// (<c>NEWSALERTS_UPDATE_SCREENSHOTS=1</c>, tests/NewsAlerts.EndToEnd.Tests/Browser/ReadmeScreenshots.cs) and committed;
/// this test keeps every image the README links to present, a PNG, and of a browser viewport's size, and keeps the
/// reach preview among them.
/// </summary>
public sealed partial class Every_image_the_readme_shows_is_a_committed_screenshot
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void The_reach_preview_and_every_other_image_are_committed_pngs_of_a_viewport()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var images = ImageLink().Matches(readme).Select(m => m.Groups["path"].Value).Where(p => !p.Contains("://", StringComparison.Ordinal)).ToList();

        Assert.Contains("tests/NewsAlerts.EndToEnd.Tests/Screenshots/editor-reach-preview.png", images);
        Assert.All(images, path =>
        {
            var file = Path.Combine(Repository.Root, path);
            Assert.True(File.Exists(file), $"README.md shows {path}, which is not in the repository.");
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().StartsWith(PngSignature), $"{path} is not a PNG.");

            // The IHDR chunk follows the signature: width and height, big-endian (PNG specification, section 11.2.2).
            var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            Assert.InRange(width, 320, 2560);
            Assert.InRange(height, 320, 2560);
        });
    }

    [GeneratedRegex(@"!\[[^\]]*\]\((?<path>[^)\s]+)\)")]
    private static partial Regex ImageLink();
}
