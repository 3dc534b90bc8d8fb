using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;
using Microsoft.Playwright;

namespace BriefingGen.Tests.Browser;

/// <summary>The page structure assistive technology relies on: one h1, a language, landmarks, a skip link, visible focus, captioned tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StructureTests(BrowserSite site)
{
    [SkippableFact]
    public async Task Every_page_has_one_h1_a_language_and_the_landmarks()
    {
        site.RequireBrowser();
        var language = Regex.Match(File.ReadAllText(Repository.Path("site.config.yml")), @"^language:\s*(\S+)", RegexOptions.Multiline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(language), "site.config.yml sets no language");
        await using var session = await site.OpenAsync();
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        foreach (var (name, path) in SitePages.All(site.HasPagefind))
        {
            await SiteSession.GotoAsync(page, path);
            void Expect(bool ok, string what)
            {
                if (!ok)
                {
                    problems.Add($"{name} page ({path}): {what}");
                }
            }

            var h1s = await page.Locator("h1").CountAsync();
            // A pack binds several papers, each under its own h1 (the printed PDF's outline is made from them).
            Expect(h1s == 1 || (path == SitePages.Pack && h1s > 1), $"{h1s} h1 elements, not one");
            Expect(await page.EvaluateAsync<string>("document.documentElement.lang") == language, $"<html lang> is not the config's language {language}");
            Expect(await page.GetByRole(AriaRole.Main).CountAsync() == 1, "not one main landmark");
            if (SitePages.IsPrint(path))
            {
                continue; // A print edition is a document on its own, without the site's header, menu and footer.
            }

            Expect(await page.GetByRole(AriaRole.Banner).CountAsync() == 1, "not one banner landmark (the site header)");
            Expect(await page.GetByRole(AriaRole.Contentinfo).CountAsync() == 1, "not one contentinfo landmark (the site footer)");
            Expect(await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).CountAsync() == 1, "no navigation landmark named Main (the header menu)");
            Expect(await page.Locator("a.skip-link[href='#main']").CountAsync() == 1, "no skip link to #main");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        session.AssertStayedOnSite();
    }

    [SkippableTheory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.CaseStudy)]
    public async Task The_skip_link_comes_first_shows_on_focus_and_moves_focus_to_main(string path)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 800 } });
        var page = await session.OpenAsync(path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Width: > 0, Height: > 0, X: >= 0, Y: >= 0 } && box.X + box.Width <= 375, $"the focused skip link is not on screen: {box?.X},{box?.Y} {box?.Width}x{box?.Height}");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("document.activeElement.tagName"));

        // The next Tab continues inside main, not back in the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"), "Tab after the skip link left main");
    }

    [SkippableTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Focused_links_and_controls_show_an_outline(ColorScheme scheme)
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await session.OpenAsync(SitePages.CaseStudy);
        var unmarked = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(@"() => {
                const e = document.activeElement, s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                const shadow = s.boxShadow !== 'none';
                return [e.tagName + (e.getAttribute('href') ? ' ' + e.getAttribute('href') : e.id ? '#' + e.id : ''), String(outline || shadow)];
            }");
            if (focus[1] != "true")
            {
                unmarked.Add(focus[0]);
            }
        }

        Assert.True(unmarked.Count == 0, $"focused without an outline ({scheme}): " + string.Join(", ", unmarked));
    }

    [SkippableFact]
    public async Task Tables_have_captions_and_header_cells_have_a_scope()
    {
        site.RequireBrowser();
        await using var session = await site.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await session.NewPageAsync();
        var problems = new List<string>();
        var tables = 0;
        foreach (var (name, path) in SitePages.All(withSearch: false))
        {
            await SiteSession.GotoAsync(page, path);
            tables += await page.Locator("table").CountAsync();
            var found = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('table')].flatMap((t, i) => [
                ...(t.caption && t.caption.textContent.trim() ? [] : [`table ${i + 1} has no caption`]),
                ...[...t.querySelectorAll('th')].filter(th => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope')))
                    .map(th => `table ${i + 1}: <th> '${th.textContent.trim().slice(0, 40)}' has no scope`)])");
            problems.AddRange(found.Select(f => $"{name} page ({path}): {f}"));
        }

        Assert.True(tables >= 5, $"only {tables} tables on the pages checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
