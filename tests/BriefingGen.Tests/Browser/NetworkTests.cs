namespace BriefingGen.Tests.Browser;

/// <summary>Pages load nothing from outside the site: no fonts, scripts, styles or trackers from elsewhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkTests(BrowserSite site)
{
    [SkippableFact]
    public async Task No_page_requests_anything_outside_the_site()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync();
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(site.HasPagefind))
        {
            session.ClearRecords();
            if (path == SitePages.Search)
            {
                // With results showing: Pagefind has fetched its index, fragments and WebAssembly by then.
                await SiteSession.GotoAsync(page, path + "?q=residents");
                await page.Locator(".pagefind-ui__result-link").First.WaitForAsync();
            }
            else
            {
                await SiteSession.GotoAsync(page, path);
            }

            await page.EvaluateAsync("document.fonts.ready");

            problems.AddRange(session.Blocked.Select(url => $"{name} page ({path}) requested {url}"));
            problems.AddRange(session.Missing.Select(url => $"{name} page ({path}) requested a missing file {url}"));
            // The browser's own record too, fonts included, in case anything bypassed the routing.
            var resources = await page.EvaluateAsync<string[]>("performance.getEntriesByType('resource').map(e => e.name)");
            problems.AddRange(resources.Where(url => !url.StartsWith(BrowserSite.Origin, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
                .Select(url => $"{name} page ({path}) loaded {url}"));
            var fonts = await page.EvaluateAsync<string[]>("[...document.fonts].filter(f => f.status === 'error').map(f => f.family)");
            problems.AddRange(fonts.Select(font => $"{name} page ({path}) could not load the font {font}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
