namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.Json;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// The zone list holds each zone once by its canonical id; browsers report the zone they are in by ICU's id, often an
/// older IANA name. <see cref="ZoneChoices.Aliases"/> (served as <c>/assets/zonealiases.json</c>) leads each other
/// name to the option the list has, so the sign-up page can preselect it.
/// </summary>
public sealed class Older_zone_names_lead_to_the_zone_the_list_holds
{
    [Theory]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    [InlineData("Asia/Saigon", "Asia/Ho_Chi_Minh")]
    [InlineData("Asia/Katmandu", "Asia/Kathmandu")]
    [InlineData("America/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("GMT", "UTC")]
    public void An_older_name_leads_to_its_option(string name, string option)
    {
        Assert.Equal(option, ZoneChoices.Aliases[name]);
    }

    [Fact]
    public void Every_alias_leads_to_an_option_of_the_list_and_no_option_is_an_alias()
    {
        PageCulture.Use("en");
        var options = ZoneChoices.At(DateTimeOffset.UtcNow).SelectMany(group => group.Options).Select(option => option.Key).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(ZoneChoices.Aliases);
        Assert.All(ZoneChoices.Aliases, pair =>
        {
            Assert.Contains(pair.Value, options);
            Assert.DoesNotContain(pair.Key, options);
        });
    }

    [Fact]
    public void The_asset_is_the_aliases_as_json()
    {
        var asset = PageAssets.Find("zonealiases.json");

        Assert.NotNull(asset);
        Assert.StartsWith("application/json", asset.ContentType, StringComparison.Ordinal);
        var served = JsonSerializer.Deserialize<Dictionary<string, string>>(asset.Content);
        Assert.Equal(ZoneChoices.Aliases.OrderBy(p => p.Key, StringComparer.Ordinal), served!.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
