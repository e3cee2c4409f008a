using Microsoft.Playwright;
using Sitrep.TestSupport;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Browser;

/// <summary>The dashboard in real headless Chromium over the example store.</summary>
[Collection(ExampleServerCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(ExampleServer server)
{
    private static readonly string Screenshots = RepoPaths.InRepo("artifacts", "browser");

    [ChromiumFact]
    public async Task Dashboard_OverExampleStore_ShowsMarkersRowsFilterAndEvidence()
    {
        Assert.True(WebAssets.FindWebRoot() is string root && WebAssets.HasVendorFiles(root), "the dashboard's libraries are missing: run scripts/web-assets.sh");
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        // The whole suite shares two cores in CI; give the page time rather than fail on a slow scheduler.
        page.SetDefaultTimeout(90_000);
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        page.PageError += (_, error) => consoleErrors.Add(error);

        await page.GotoAsync(server.BaseAddress.ToString());
        try
        {
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException)
        {
            Directory.CreateDirectory(Screenshots);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "not-ready.png") });
            Assert.Fail("the dashboard never became ready; page errors: " + string.Join(" | ", consoleErrors));
        }
        await page.WaitForSelectorAsync("#map[data-borders]");

        // Map: every located event is a marker (alone or in a cluster), drawn over the country borders.
        int located = server.AllEvents.Count(e => e.Event.Place.Point is not null);
        Assert.Equal(located.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#map", "data-markers"));
        Assert.True(await page.Locator("path.event-marker, .marker-cluster").CountAsync() > 0, "no marker or cluster drawn");
        Assert.True(int.Parse(await page.GetAttributeAsync("#map", "data-borders") ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 100);

        // Table and timeline hold every event.
        Assert.Equal(server.AllEvents.Count, await page.Locator("#events tbody tr").CountAsync());
        Assert.True(await page.Locator("#timeline rect.bar").CountAsync() > 0);
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "dashboard.png"), FullPage = true });

        // A filter narrows the table and lands in the URL.
        string country = server.AllEvents.GroupBy(e => e.Event.Place.Country).OrderBy(g => g.Count()).First().Key;
        await page.SelectOptionAsync("#f-country", country);
        await page.ClickAsync("#filters button[type=submit]");
        // A locator assertion rather than WaitForFunction: the page's CSP (script-src 'self') forbids the eval a string predicate needs.
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(server.AllEvents.Count(e => e.Event.Place.Country == country));
        Assert.Contains($"country={country}", page.Url, StringComparison.Ordinal);

        // A row opens the event: fields with evidence highlighted in the source text, sources listed.
        await page.ClickAsync("#events tbody tr");
        await page.WaitForSelectorAsync("#detail:not([hidden]) mark.evidence");
        string eventId = await page.GetAttributeAsync("#detail", "data-event-id") ?? "";
        var stored = server.AllEvents.Single(e => e.Event.Id == eventId);
        Assert.Equal(country, stored.Event.Place.Country);
        Assert.Contains($"event={Uri.EscapeDataString(eventId)}", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#detail .sources li").CountAsync() >= 1);
        ILocator withEvidence = page.Locator("#detail dd.has-evidence").First;
        await withEvidence.HoverAsync();
        string field = await withEvidence.GetAttributeAsync("data-field") ?? "";
        string marked = await page.Locator("#detail mark.evidence.active").First.TextContentAsync() ?? "";
        string expected = stored.Event.Evidence.First(v => v.Field == field).Text;
        Assert.Contains(marked, expected, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "evidence.png"), FullPage = true });

        // Article text goes in as text: markup in it stays inert.
        bool injected = await page.EvaluateAsync<bool>("""
            async () => {
              const { highlight } = await import('/js/detail.js');
              const box = document.createElement('div');
              const text = '<img src=x onerror="window.pwned = 1">JNIM said';
              box.append(...highlight({ start: 0, text }, [{ field: 'actor1', start: text.indexOf('JNIM'), end: text.indexOf('JNIM') + 4 }]));
              document.body.append(box);
              await new Promise(resolve => setTimeout(resolve, 200));
              return box.querySelector('img') !== null || window.pwned === 1 || box.querySelector('mark').textContent !== 'JNIM';
            }
            """);
        Assert.False(injected);

        Assert.Empty(consoleErrors);
    }
}
