using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The header's search field shows the whole of its placeholder, from a 320 px phone (in the open menu) to a desk.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderSearchTests(BrowserSite site)
{
    // The placeholder's text typed into the field: wider than the box, it would scroll (the placeholder is cut off alike).
    private const string Overflow = """
        () => {
          const input = document.getElementById('site-search-q');
          input.value = input.placeholder;
          const overflow = [input.placeholder, input.scrollWidth, input.clientWidth];
          input.value = '';
          return overflow.map(String);
        }
        """;

    [SkippableFact]
    public async Task The_whole_placeholder_shows_at_320_375_768_and_1280_px()
    {
        site.RequireBrowser();
        Skip.IfNot(site.HasPagefind, BrowserSite.NoPagefind);
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var problems = new List<string>();
        foreach (var width in new[] { 320, 375, 768, 1280 })
        {
            await page.SetViewportSizeAsync(width, 800);
            // On a phone the search box is in the folded menu (HeaderMenuTests): opened once, it stays open.
            var menu = page.Locator(".menu-toggle");
            if (await menu.IsVisibleAsync() && await menu.GetAttributeAsync("aria-expanded") == "false")
            {
                await menu.ClickAsync();
            }

            Assert.True(await page.Locator("#site-search-q").IsVisibleAsync(), $"the search field is hidden at {width} px");
            var overflow = await page.EvaluateAsync<string[]>(Overflow);
            Assert.False(string.IsNullOrEmpty(overflow[0]), "the search field has no placeholder");
            if (int.Parse(overflow[1]) > int.Parse(overflow[2]))
            {
                problems.Add($"at {width} px '{overflow[0]}' needs {overflow[1]} px in a field {overflow[2]} px wide");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
